"""The draft of the /profile conversation (a row of the conversation store, never process memory)."""

from __future__ import annotations

from pydantic import BaseModel

from helpdesk_bot.catalogue.validation import ProfileInput
from helpdesk_bot.catalogue.views import ProfileView
from helpdesk_bot.conversations import Flow


class ProfileDraft(BaseModel):
    """What the owner has entered so far; ``offer`` is the text in the owner's language."""

    display_name: str = ""
    sectors: list[str] = []
    country: str = ""
    city: str | None = None
    languages: list[str] = []
    offer: dict[str, str] = {}
    skills: list[str] = []
    links: list[str] = []
    photos: list[str] = []
    open_for_commissions: bool = False
    visibility: str = "network"
    needs: list[str] = []
    needs_text: str | None = None
    editing: bool = False

    def to_input(self) -> ProfileInput:
        """The draft as input of the save use case (validated there)."""
        return ProfileInput(
            display_name=self.display_name, sectors=tuple(self.sectors), country=self.country,
            languages=tuple(self.languages), offer=dict(self.offer), skills=tuple(self.skills), city=self.city,
            links=tuple(self.links), photos=tuple(self.photos), open_for_commissions=self.open_for_commissions,
            visibility=self.visibility, needs=tuple(self.needs), needs_text=self.needs_text)

    @classmethod
    def from_view(cls, view: ProfileView) -> ProfileDraft:
        """A draft holding an existing profile (to edit it)."""
        return cls(display_name=view.display_name, sectors=list(view.sectors), country=view.country,
                   city=view.city, languages=list(view.languages), offer=dict(view.offer), skills=list(view.skills),
                   links=list(view.links), photos=list(view.photos), open_for_commissions=view.open_for_commissions,
                   visibility=view.visibility, needs=list(view.needs), needs_text=view.needs_text, editing=True)


PROFILE_STEPS = ("name", "sectors", "country", "city", "languages", "offer", "skills", "links", "photos", "open",
                 "visibility", "needs", "needs_text", "confirm")
PROFILE_FLOW = Flow("catalogue.profile", ProfileDraft, steps=PROFILE_STEPS, restart_command="profile")


class ContactDraft(BaseModel):
    """The profile a person is writing a contact request to."""

    profile_id: int


CONTACT_FLOW = Flow("catalogue.contact", ContactDraft, steps=("message",), restart_command="find")


class FindDraft(BaseModel):
    """The last /find search of a person: words, filters and page (buttons change it)."""

    text: str = ""
    sector: str | None = None
    country: str | None = None
    language: str | None = None
    open_only: bool = False
    page: int = 1


FIND_FLOW = Flow("catalogue.find", FindDraft, steps=("results",), restart_command="find")


class CallDraft(BaseModel):
    """The /call conversation so far."""

    need: str = ""
    sectors: list[str] = []
    countries: list[str] = []
    languages: list[str] = []
    deadline: str | None = None
    budget_min: int | None = None
    budget_max: int | None = None
    cross_border: bool = False
    organisation: str | None = None


CALL_FLOW = Flow("catalogue.call", CallDraft, steps=("need", "sectors", "countries", "languages", "deadline", "budget",
                                                     "cross_border", "organisation", "confirm"), restart_command="call")


class RelayDraft(BaseModel):
    """The accepted contact a person is writing through (checked against the database on every message)."""

    contact_id: int


RELAY_FLOW = Flow("catalogue.relay", RelayDraft, steps=("message",), restart_command="find")
