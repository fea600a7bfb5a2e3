"""robots.txt: what crawlers may index, and where the sitemap is."""


def test_robots_txt_names_the_sitemap_by_its_full_address(client):
    response = client.get("/robots.txt")
    text = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text.splitlines()
    assert "Disallow: /admin/" in text.splitlines()
