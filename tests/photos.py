"""Photos carrying every kind of metadata a camera or editor writes, with secret words in it."""

from __future__ import annotations

import io
import struct

from PIL import Image, PngImagePlugin, TiffImagePlugin

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
MAKER_NOTE = 0x927C
SERIAL_NUMBER = 0xA431
ORIENTATION = 0x0112

# TIFF tags that carry who/where/what rather than pixels.
TIFF_METADATA_TAGS = {
    270: "ImageDescription", 271: "Make", 272: "Model", 305: "Software", 315: "Artist",
    700: "XMP", 33432: "Copyright", 33723: "IPTC", 34377: "Photoshop", 34665: "ExifIFD",
    34853: "GPSInfo", 37500: "MakerNote",
}

# What the user must be told was removed, per format (words looked for in the message).
EXPECTED_REMOVALS = {
    "JPEG": ("exif", "gps", "maker notes", "xmp", "iptc", "comment"),
    "PNG": ("exif", "gps", "maker notes", "xmp", "text"),
    "TIFF": ("exif", "gps", "maker notes", "xmp", "iptc"),
    "WEBP": ("exif", "gps", "maker notes", "xmp"),
}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "TIFF": "tif", "WEBP": "webp"}


def picture(size: tuple[int, int] = (48, 32)) -> Image.Image:
    """Four coloured quarters, so rotation and pixel loss are easy to see."""
    width, height = size
    image = Image.new("RGB", size, (220, 40, 30))
    image.paste((30, 160, 60), (width // 2, 0, width, height // 2))
    image.paste((40, 60, 200), (0, height // 2, width // 2, height))
    image.paste((240, 230, 60), (width // 2, height // 2, width, height))
    return image


def xmp_packet(secret: str) -> bytes:
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
        ' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f' dc:creator="{secret}xmp"/></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def exif_block(secret: str, orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = f"{secret}make"
    exif[0x0110] = f"{secret}model"
    exif[0x013B] = f"{secret}artist"
    exif[ORIENTATION] = orientation
    details = exif.get_ifd(EXIF_IFD)
    details[MAKER_NOTE] = f"{secret}makernote".encode()
    details[SERIAL_NUMBER] = f"{secret}serial"
    details[0x9003] = "2021:03:14 09:26:53"
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2] = "N", (43.0, 20.0, 51.3)
    gps[3], gps[4] = "E", (52.0, 51.0, 40.2)
    return exif


def iptc_app13(secret: str) -> bytes:
    """A JPEG APP13 segment: Photoshop 3.0 resource 0x0404 holding IPTC byline and caption."""
    iptc = b""
    for dataset, text in ((80, f"{secret}byline"), (120, f"{secret}caption")):
        value = text.encode()
        iptc += b"\x1c\x02" + bytes([dataset]) + struct.pack(">H", len(value)) + value
    resource = b"8BIM" + struct.pack(">H", 0x0404) + b"\x00\x00" + struct.pack(">I", len(iptc))
    resource += iptc + (b"\x00" if len(iptc) % 2 else b"")
    payload = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload


def photo(fmt: str, secret: str, orientation: int = 1, image: Image.Image | None = None) -> bytes:
    """The bytes of an image file in `fmt` whose metadata holds `secret` everywhere it can."""
    image = image or picture()
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.save(buffer, "JPEG", quality=95, exif=exif_block(secret, orientation),
                   xmp=xmp_packet(secret), comment=f"{secret}comment".encode())
        data = buffer.getvalue()
        return data[:2] + iptc_app13(secret) + data[2:]
    if fmt == "WEBP":
        image.save(buffer, "WEBP", quality=95, exif=exif_block(secret, orientation),
                   xmp=xmp_packet(secret))
        return buffer.getvalue()
    if fmt == "PNG":
        text = PngImagePlugin.PngInfo()
        text.add_text("Author", f"{secret}author")
        text.add_text("Comment", f"{secret}zcomment", zip=True)
        text.add_itxt("Description", f"{secret}description", lang="ru")
        text.add_itxt("XML:com.adobe.xmp", xmp_packet(secret).decode())
        image.save(buffer, "PNG", pnginfo=text, exif=exif_block(secret, orientation))
        return buffer.getvalue()
    if fmt == "TIFF":
        tags = TiffImagePlugin.ImageFileDirectory_v2()
        tags[270] = f"{secret}description"
        tags[271] = f"{secret}make"
        tags[315] = f"{secret}artist"
        tags[ORIENTATION] = orientation
        tags[700] = xmp_packet(secret)
        byline = f"{secret}iptc".encode()
        tags[33723] = b"\x1c\x02\x50" + struct.pack(">H", len(byline)) + byline
        tags[EXIF_IFD] = {MAKER_NOTE: f"{secret}makernote".encode(), 0x9003: "2021:03:14 09:26:53"}
        tags[GPS_IFD] = {1: "N", 2: (43.0, 20.0, 51.3), 3: "E", 4: (52.0, 51.0, 40.2)}
        image.save(buffer, "TIFF", tiffinfo=tags)
        return buffer.getvalue()
    raise ValueError(fmt)
