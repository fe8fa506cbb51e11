"""Fill unfinished entries of a .ts file from a {source: translation or [plural forms]} map."""
import sys, json
import xml.etree.ElementTree as ET
path, mapping = sys.argv[1], json.load(open(sys.argv[2]))
tree = ET.parse(path)
missing = []
for message in tree.iter("message"):
    tr = message.find("translation")
    if tr.get("type") != "unfinished":
        continue
    source = message.find("source").text
    if source not in mapping:
        missing.append(source); continue
    value = mapping[source]
    if message.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        for form in forms:
            form.text = value if isinstance(value, str) else None
        if not isinstance(value, str):
            for form, text in zip(forms, value):
                form.text = text
    else:
        tr.text = value
    del tr.attrib["type"]
tree.write(path, encoding="utf-8", xml_declaration=True)
# keep lupdate's doctype line
text = open(path, encoding="utf-8").read()
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
open(path, "w", encoding="utf-8").write(text)
print("missing:", missing)
