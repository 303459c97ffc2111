#!/usr/bin/env python3
"""Makes the DCMTK reference checksums used by JpegLsDcmtkReferenceTests.

For each bare JPEG-LS stream given, wraps it in a minimal DICOM file (explicit VR little endian,
encapsulated pixel data, transfer syntax .4.80 or .4.81 by the scan's NEAR, geometry from SOF55),
runs DCMTK's `dcmdjpls +px` on it and prints the SHA-256 of the decoded Pixel Data (samples
interleaved, little endian). Standard library only; needs dcmdjpls on PATH. Nothing is kept.

usage: make_dcmtk_references.py FILE.JLS...
"""
import hashlib
import os
import struct
import subprocess
import sys
import tempfile


def frame_geometry(stream):
    """Precision, rows, columns, components and the first scan's NEAR, from SOF55 and SOS."""
    geometry, near, i = None, None, 2
    while i + 4 <= len(stream) and (geometry is None or near is None):
        if stream[i] != 0xFF or stream[i + 1] in (0x00, 0xFF):
            i += 1
            continue
        marker, length = stream[i + 1], struct.unpack(">H", stream[i + 2:i + 4])[0]
        body = stream[i + 4:i + 2 + length]
        if marker == 0xF7:
            geometry = (body[0], *struct.unpack(">HH", body[1:5]), body[5])
        elif marker == 0xDA:
            near = body[1 + 2 * body[0]]
        i += 2 + length
    return geometry, near


def element(group, elem, vr, value):
    if vr in (b"OB", b"OW", b"SQ", b"UN", b"UT"):
        return struct.pack("<HH2sHI", group, elem, vr, 0, len(value)) + value
    return struct.pack("<HH2sH", group, elem, vr, len(value)) + value


def text(value):
    data = value.encode("ascii")
    return data + (b"\0" if len(data) % 2 else b"")


def wrap(stream):
    (bits, rows, columns, samples), near = frame_geometry(stream)
    ts = "1.2.840.10008.1.2.4.81" if near else "1.2.840.10008.1.2.4.80"
    sop_class, sop_instance = "1.2.840.10008.5.1.4.1.1.7", "1.2.826.0.1.3680043.2.1143.1.1"
    meta = (element(2, 1, b"OB", b"\0\1") + element(2, 2, b"UI", text(sop_class))
            + element(2, 3, b"UI", text(sop_instance)) + element(2, 0x10, b"UI", text(ts))
            + element(2, 0x12, b"UI", text("1.2.826.0.1.3680043.2.1143.1")))
    header = b"\0" * 128 + b"DICM" + element(2, 0, b"UL", struct.pack("<I", len(meta))) + meta
    us = lambda e, v: element(0x28, e, b"US", struct.pack("<H", v))
    data = (element(8, 0x16, b"UI", text(sop_class)) + element(8, 0x18, b"UI", text(sop_instance))
            + us(2, samples) + element(0x28, 4, b"CS", text("RGB" if samples == 3 else "MONOCHROME2")))
    if samples > 1:
        data += us(6, 0)
    data += us(0x10, rows) + us(0x11, columns) + us(0x100, 8 if bits <= 8 else 16)
    data += us(0x101, bits) + us(0x102, bits - 1) + us(0x103, 0)
    fragment = stream + (b"\0" if len(stream) % 2 else b"")
    pixels = (struct.pack("<HHI", 0xFFFE, 0xE000, 0) + struct.pack("<HHI", 0xFFFE, 0xE000, len(fragment))
              + fragment + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0))
    data += struct.pack("<HH2sHI", 0x7FE0, 0x10, b"OB", 0, 0xFFFFFFFF) + pixels
    return header + data, rows * columns * samples * (1 if bits <= 8 else 2)


def main():
    for path in sys.argv[1:]:
        dicom, length = wrap(open(path, "rb").read())
        with tempfile.TemporaryDirectory() as tmp:
            source, target = os.path.join(tmp, "in.dcm"), os.path.join(tmp, "out.dcm")
            open(source, "wb").write(dicom)
            subprocess.run(["dcmdjpls", "+px", source, target], check=True)
            # Native Pixel Data is the last element DCMTK writes: its value is the file's tail.
            pixels = open(target, "rb").read()[-length:]
        print(f"{os.path.basename(path)} {hashlib.sha256(pixels).hexdigest()}")


if __name__ == "__main__":
    main()
