"""The pure core: data in, decisions out. No network, database, disk or clock in here."""
