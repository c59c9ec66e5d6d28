"""The browser half of test_site_a11y.sh: each page as a visitor's browser shows it.

Usage: a11y_audit.py AXE_JS URL...  Prints one line per problem and exits 1 if any.
A URL «check:<server>|<file>» is the page `serve` shows after checking <file>
(its findings table), reached as a person reaches it: the form on the first page.
  VIOLATION <rule> <page> <target>   axe-core, WCAG 2.1 A and AA (and the best-practice
                                     rules the site's accessibility duties name)
  ZOOM <kind> <page> <target>        at 200 % zoom (a 1280 px screen: 640 CSS px) the
                                     page scrolls sideways or a text is cut off
"""
import os, sys, tempfile, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

AXE_JS, URLS = sys.argv[1], sys.argv[2:]
SHOT_DIR = os.environ.get("SCREENSHOT_OUT", "")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Beyond the WCAG tags: heading levels not skipped, one main landmark and a first-level
# heading (ГОСТ Р 52872-2019 asks for the structure these express).
EXTRA_RULES = ["heading-order", "page-has-heading-one", "landmark-one-main", "landmark-unique"]

RUN_AXE = """
const done = arguments[arguments.length - 1];
const options = {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations'], rules: {}};
for (const r of arguments[1]) options.rules[r] = {enabled: true};
axe.run(document, options).then(
  r => done(r.violations.map(v => ({id: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' '))}))),
  e => done({error: String(e)}));
"""

# At 640 CSS px: does the page scroll sideways, and is any text outside the viewport
# or outside a box that hides its overflow? A wide table may scroll inside its own
# scroll container: text in one is not cut off.
ZOOM_CHECK = """
const vw = document.documentElement.clientWidth, out = [];
const path = el => {
  const parts = [];
  for (; el && el !== document.body; el = el.parentElement) {
    let s = el.tagName.toLowerCase();
    if (el.id) { parts.unshift(s + '#' + el.id); break; }
    if (el.classList.length) s += '.' + [...el.classList].join('.');
    const same = el.parentElement ? [...el.parentElement.children].filter(c => c.tagName === el.tagName) : [];
    if (same.length > 1) s += ':nth-of-type(' + (same.indexOf(el) + 1) + ')';
    parts.unshift(s);
  }
  return parts.join(' > ');
};
const scrolls = el => {
  for (let a = el; a && a !== document.body && a !== document.documentElement; a = a.parentElement)
    if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
  return false;
};
const clipper = el => {
  for (let a = el; a && a !== document.body; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY)) return a;
  }
  return null;
};
if (document.documentElement.scrollWidth > vw + 1)
  out.push(['page-scrolls-sideways', 'html', document.documentElement.scrollWidth + ' > ' + vw + ' px']);
const seen = new Set();
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let t = walker.nextNode(); t; t = walker.nextNode()) {
  if (!t.data.trim()) continue;
  const el = t.parentElement, key = path(el);
  if (seen.has(key) || el.closest('script,style,noscript')) continue;
  const range = document.createRange();
  range.selectNodeContents(t);
  for (const r of range.getClientRects()) {
    if (r.width === 0) continue;
    if ((r.right > vw + 1 || r.left < -1) && !scrolls(el)) { out.push(['text-off-screen', key, t.data.trim().slice(0, 40)]); seen.add(key); break; }
    const c = clipper(el);
    if (c) {
      const b = c.getBoundingClientRect();
      if (r.right > b.right + 1 || r.left < b.left - 1 || r.bottom > b.bottom + 1) { out.push(['text-clipped', key, t.data.trim().slice(0, 40)]); seen.add(key); break; }
    }
  }
}
for (const img of document.images)
  if (img.getBoundingClientRect().right > vw + 1 && !scrolls(img)) out.push(['image-off-screen', path(img), img.alt.slice(0, 40)]);
return out;
"""


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,1024", "--lang=ru",
                 "--hide-scrollbars", f"--user-data-dir={tempfile.mkdtemp()}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


def zoom(driver, factor):
    """A 1280×1024 screen at `factor`: the page gets 1280/factor CSS pixels, drawn `factor` times larger."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": int(1280 / factor), "height": int(1024 / factor), "deviceScaleFactor": factor, "mobile": False})


def open_page(driver, url):
    """Loads a page (see the usage); returns its name for the report."""
    if not url.startswith("check:"):
        driver.get(url)
        return url.rsplit("/", 1)[-1] if url.startswith("file:") else "serve" + url.split("//", 1)[-1].split("/", 1)[-1].replace("/", "-")
    server, path = url[len("check:"):].split("|", 1)
    driver.get(server + "/")
    form = driver.find_element(By.CSS_SELECTOR, "#check form")
    form.find_element(By.NAME, "file").send_keys(path)
    form.find_element(By.TAG_NAME, "button").click()
    end = time.time() + 60
    while not driver.find_elements(By.ID, "findings"):
        if time.time() > end:
            raise AssertionError("the check job did not finish: " + driver.page_source[:500])
        time.sleep(0.5)
    return "serve-check"


def main():
    axe = open(AXE_JS, encoding="utf-8").read()
    driver = browser()
    problems = []
    try:
        for url in URLS:
            zoom(driver, 1)
            page = open_page(driver, url)
            driver.execute_script(axe)
            found = driver.execute_async_script(RUN_AXE, TAGS, EXTRA_RULES)
            if isinstance(found, dict):
                raise AssertionError(f"axe-core failed on {url}: {found['error']}")
            for v in found:
                for target in v["targets"]:
                    problems.append(f"VIOLATION {v['id']} {page} {target} ({v['help']})")
            zoom(driver, 2)
            driver.refresh()
            if SHOT_DIR:
                driver.save_screenshot(os.path.join(SHOT_DIR, f"zoom200-{page.replace('?', '_')}.png"))
            for kind, target, detail in driver.execute_script(ZOOM_CHECK):
                problems.append(f"ZOOM {kind} {page} {target} ({detail})")
            print(f"checked {page}: {len(found)} rule(s) violated", file=sys.stderr)
    finally:
        driver.quit()
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
