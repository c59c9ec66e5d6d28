"""The browser half of test_serve_browser.sh: a person's clicks, checked by what they download."""
import os, re, sys, time, zipfile, tempfile
import openpyxl
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By

PORT, SHOT, EXAMPLE = os.environ["PORT"], os.environ["SHOT"], os.environ["EXAMPLE"]
BASE = f"http://127.0.0.1:{PORT}"
DOWNLOADS = tempfile.mkdtemp()
SCHOOL = "СОШ № 7"

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--window-size=1024,768", "--lang=ru",
             f"--user-data-dir={tempfile.mkdtemp()}"]:
    options.add_argument(flag)
options.add_experimental_option("prefs", {"download.default_directory": DOWNLOADS,
                                          "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(60)


def downloaded(name_part, timeout=60):
    """Waits for a finished download whose name contains name_part; returns its path."""
    end = time.time() + timeout
    while time.time() < end:
        for f in os.listdir(DOWNLOADS):
            if name_part in f and not f.endswith(".crdownload"):
                return os.path.join(DOWNLOADS, f)
        time.sleep(0.2)
    raise AssertionError(f"no download with «{name_part}»: {os.listdir(DOWNLOADS)}")


def submit(form_id, path, uncheck=()):
    driver.get(BASE + "/")
    form = driver.find_element(By.CSS_SELECTOR, f"#{form_id} form")
    form.find_element(By.NAME, "file").send_keys(path)
    for value in uncheck:
        form.find_element(By.CSS_SELECTOR, f"input[value='{value}']").click()
    form.find_element(By.TAG_NAME, "button").click()


def finished(timeout):
    """Waits while the job page refreshes itself; returns its text."""
    end = time.time() + timeout
    while time.time() < end:
        try:  # the page may be between two of its own reloads: look again
            main = driver.find_elements(By.TAG_NAME, "main")
            if main and not driver.find_elements(By.ID, "progress"):
                return main[0].text
        except StaleElementReferenceException:
            pass
        time.sleep(1)
    raise AssertionError("the job did not finish: " + driver.find_element(By.TAG_NAME, "main").text)


def docx_text(zf, name):
    text = re.sub(r"<[^>]+>", "", zipfile.ZipFile(zf.open(name)).read("word/document.xml").decode())
    return text.replace("\u00a0", " ")  # the typography pass: «№ 7» with a no-break space


try:
    driver.get(BASE + "/")
    assert "Документы программы наставничества" in driver.title, driver.title
    driver.save_screenshot(SHOT)

    driver.find_element(By.LINK_TEXT, "Скачать бланк (наставничество.xlsx)").click()
    blank = openpyxl.load_workbook(downloaded("xlsx"))
    assert "Пары и группы" in blank.sheetnames, blank.sheetnames
    os.remove(downloaded("xlsx"))
    print("blank: ok")

    submit("build", EXAMPLE, uncheck=["html", "xlsx"])
    text = finished(600)
    assert "Готово" in text, text
    assert "не публиковать: персональные данные" in text and "Для сайта школы" in text, text
    driver.find_element(By.PARTIAL_LINK_TEXT, "документы.zip").click()
    full = zipfile.ZipFile(downloaded("документы"))
    names = full.namelist()
    for kind in ["roadmap", "order", "consent"]:
        docs = [n for n in names if kind in n and n.endswith(".docx")]
        assert docs, (kind, names)
        assert SCHOOL in docx_text(full, docs[0]), (kind, docs[0])
    assert any(n.endswith("roadmap.pdf") for n in names), names
    driver.find_element(By.PARTIAL_LINK_TEXT, "для-сайта-школы.zip").click()
    site = zipfile.ZipFile(downloaded("сайт"))
    assert any(n.endswith("index.html") for n in site.namelist()), site.namelist()
    driver.refresh()
    assert "уже удалены" in driver.find_element(By.TAG_NAME, "main").text
    print(f"build: ok ({len(names)} files)")

    submit("check", os.path.abspath("bad.xlsx"))
    finished(60)
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in driver.find_elements(By.CSS_SELECTOR, "#findings tbody tr")]
    driver.save_screenshot(SHOT.replace(".png", "-check.png"))
    places = [(r[0], r[1]) for r in rows]
    for place in [("Сотрудники", "E3"), ("Пары и группы", "D3"), ("Пары и группы", "F4")]:
        assert place in places, (place, rows)
    driver.find_element(By.PARTIAL_LINK_TEXT, "книга-с-замечаниями.xlsx").click()
    marked = openpyxl.load_workbook(downloaded("замечаниями"))
    assert marked.sheetnames[0] == "Замечания", marked.sheetnames
    for sheet, ref in [("Сотрудники", "E3"), ("Пары и группы", "D3"), ("Пары и группы", "F4")]:
        cell = marked[sheet][ref]
        assert cell.fill.fgColor.rgb == "FFFFC7CE" and cell.comment is not None, (sheet, ref)
    print("check: ok")

    submit("import", os.path.abspath("roadmap.docx"))
    text = finished(120)
    assert "мероприятий — 3" in text, text
    driver.find_element(By.PARTIAL_LINK_TEXT, "дорожная-карта.xlsx").click()
    book = openpyxl.load_workbook(downloaded("дорожная-карта"))
    titles = [c.value for row in book["Мероприятия"].iter_rows() for c in row]
    assert "Формирование базы наставников" in titles, titles
    print("import: ok")
finally:
    driver.quit()
