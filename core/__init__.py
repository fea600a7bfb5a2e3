"""The site as a whole, as opposed to one section of it.

Home page and robots.txt (``views``), the sitemap of every section (``sitemaps``),
backup, restore and demo data (``management/commands/``), the Editors group
(``editors``) and what admins of every app share (``admin``).
"""
