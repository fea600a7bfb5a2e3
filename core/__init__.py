"""The site as a whole, as opposed to one section of it.

Home page and robots.txt (``views``), the sitemap of every section (``sitemaps``),
backup, restore and the demo data of every section (``management/commands/``) and the
Editors group (``editors``).
"""
