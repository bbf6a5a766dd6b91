"""End to end in a real headless Chromium: a reviewer corrects, grades and publishes; the public map shows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from e2e.webseed import PASSWORD

pytestmark = pytest.mark.browser


def _wait(driver, condition, timeout: float = 15):  # type: ignore[no-untyped-def]
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def _no_script_errors(driver) -> None:  # type: ignore[no-untyped-def]
    """No JavaScript error and no CSP violation was logged by the page."""
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not severe, severe


def _map_ready(driver) -> int:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.by import By

    element = _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#map.ready"))
    countries = driver.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive, #map svg path")
    assert len(countries) > 100, "the country outlines were not drawn"
    return int(element.get_attribute("data-markers"))


def test_reviewer_corrects_grades_publishes_and_public_map_shows_it(live, browser, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    server, seeded = live
    driver = browser

    driver.get(server.url + "/public")
    assert _map_ready(driver) == 0, "nothing is published yet"

    driver.get(server.url + "/review")
    assert "/login" in driver.current_url
    driver.find_element(By.NAME, "username").send_keys("reviewer")
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit].primary").click()
    _wait(driver, lambda d: "Review queue" in d.title)
    driver.save_screenshot(str(artifacts / "review_queue.png"))

    driver.find_element(By.LINK_TEXT, seeded.second).click()
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "mark.span"))
    # The killed count is in conflict (4 or 5): the sources' values are shown beside the field.
    killed_row = driver.find_element(By.CSS_SELECTOR, 'tr[data-field="killed"]')
    assert "Sources differ" in killed_row.text
    killed_row.click()
    active = driver.find_elements(By.CSS_SELECTOR, "mark.span.active")
    assert {m.text for m in active} == {"Four", "Five"}, "the spans behind the killed count light up"
    driver.save_screenshot(str(artifacts / "review_incident.png"))
    _no_script_errors(driver)

    # Correct a field with its codebook picker.
    damage = driver.find_element(By.CSS_SELECTOR, 'tr[data-field="facility_damage"]')
    damage.click()
    Select(damage.find_element(By.NAME, "value")).select_by_value("destroyed")
    damage.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    _wait(driver, lambda d: "Facility damage saved" in d.page_source)
    row = driver.find_element(By.CSS_SELECTOR, 'tr[data-field="facility_damage"]')
    assert "Destroyed" in row.text and "set by reviewer" in row.text

    # Grade certainty with the keyboard shortcut 3 (probable), then publish with p.
    driver.find_element(By.TAG_NAME, "body").send_keys("3")
    _wait(driver, lambda d: "Certainty graded probable" in d.page_source)
    driver.find_element(By.TAG_NAME, "body").send_keys("p")
    _wait(driver, lambda d: "is now published" in d.page_source)

    driver.get(server.url + f"/incidents/{seeded.second}")
    history = driver.find_element(By.CSS_SELECTOR, "section.audit").text
    for action in ("update", "publish"):
        assert action in history
    driver.save_screenshot(str(artifacts / "incident.png"))

    driver.get(server.url + "/dashboard")
    assert _map_ready(driver) == 2, "both located incidents (the hostile one has no coordinates)"
    driver.save_screenshot(str(artifacts / "dashboard.png"))
    _no_script_errors(driver)

    driver.get(server.url + f"/facilities/{seeded.facility}")
    timeline = driver.find_element(By.CSS_SELECTOR, "ol.timeline").text
    assert "Not functioning (Damage)" in timeline and "90,000" in driver.page_source
    driver.save_screenshot(str(artifacts / "facility.png"))

    driver.get(server.url + "/intake")
    driver.find_element(By.NAME, "text").send_keys(
        "Gunmen stormed the Larkspur Health Centre in Eastbrook, Sudan, on 4 June 2023 and looted its pharmacy."
    )
    driver.find_element(By.CSS_SELECTOR, "form[data-progress] button.primary").click()
    # The first extraction in a process may build the gazetteer index (a minute on a busy machine).
    result = _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#intake-result .flash"), timeout=180)
    assert "1 report(s) added" in result.text
    assert driver.find_element(By.ID, "intake-progress").get_attribute("value") == "1"
    driver.save_screenshot(str(artifacts / "intake.png"))

    driver.find_element(By.CSS_SELECTOR, "header form button").click()  # log out
    driver.get(server.url + "/public")
    assert _map_ready(driver) == 1, "the published incident is on the public map"
    page = driver.page_source
    assert seeded.second in page and "Marigold" not in page, "no facility names in public"
    driver.save_screenshot(str(artifacts / "public.png"))
    _no_script_errors(driver)


def test_hostile_report_text_stays_text_in_the_browser(live, browser, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By

    server, seeded = live
    driver = browser
    driver.get(server.url + "/login")
    driver.find_element(By.NAME, "username").send_keys("admin")
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit].primary").click()
    _wait(driver, lambda d: "Dashboard" in d.title)
    for path in (f"/review/{seeded.hostile}", f"/incidents/{seeded.hostile}", "/incidents", "/review"):
        driver.get(server.url + path)
        # An alert would make every further command fail; the page must show the markup as text instead.
        assert driver.execute_script("return document.querySelectorAll('script:not([src])').length") == 0
        assert not driver.find_elements(By.CSS_SELECTOR, "main img, main a[href^='javascript']")
        assert "<script>alert(4)</script>" in driver.find_element(By.TAG_NAME, "main").text, path
        if path.startswith("/review/"):
            driver.save_screenshot(str(artifacts / "hostile.png"))
    _no_script_errors(driver)
