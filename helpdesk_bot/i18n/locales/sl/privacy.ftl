## Zasebnost: /mydata (izvoz) in /forget (izbris).

mydata-caption = Vse, kar svetovalnica hrani o vas, na dan { $date }.
mydata-none = Svetovalnica o vas ne hrani nobenih podatkov.
forget-confirm = <b>Izbrišem vaše podatke?</b>
    Odstranjeni bodo vaše ime, uporabniško ime v Telegramu, vaša vprašanja, opisi in komentarji, prihodnja svetovanja in prijave na dogodke pa bodo preklicani.
    Anonimna statistika ostane: z vami je ne bo več mogoče povezati. Tega ni mogoče razveljaviti.
forget-yes = 🗑 Da, izbriši moje podatke
forget-no = ✖ Ne, obdrži jih
forget-done = Vaši osebni podatki so izbrisani. Če mi znova pišete, začnete kot nov uporabnik.
forget-kept = Nič ni bilo izbrisano.
forget-nothing = Svetovalnica o vas ne hrani nobenih podatkov.
