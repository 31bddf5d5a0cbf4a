"""Member registry services (public to every feature): records, search, lists, import, export, unions."""
