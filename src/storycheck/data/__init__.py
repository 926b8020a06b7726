"""Small tables learned from labelled data, kept as code so they ship with the package."""
