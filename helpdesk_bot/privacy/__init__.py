"""Personal data across domains: export (/mydata), erasure (/forget) and retention purges."""
