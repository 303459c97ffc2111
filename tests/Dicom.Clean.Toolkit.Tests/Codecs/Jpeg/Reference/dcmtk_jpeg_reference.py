#!/usr/bin/env python3
"""How the JPEG test references were made (development aid, not run by the tests).

Wraps a bare JPEG stream in a minimal DICOM file (explicit VR little endian, encapsulated pixel
data, transfer syntax and geometry taken from the SOF), runs DCMTK's dcmdjpeg on it and prints
what dcmdjpeg produced: photometric interpretation, sample count, SHA-256 of the decoded pixel
bytes. With --raw OUT it also writes the decoded bytes, for comparing lossy output within one
grey level during development. Standard library only; nothing it writes belongs in the repository.

usage: dcmtk_jpeg_reference.py STREAM.JPG [--pi YBR_FULL] [--signed] [--raw OUT]
"""
import argparse, hashlib, os, struct, subprocess, sys, tempfile

SYNTAX = {0xC0: "1.2.840.10008.1.2.4.50", 0xC1: "1.2.840.10008.1.2.4.51",
          0xC2: "1.2.840.10008.1.2.4.55", 0xC3: "1.2.840.10008.1.2.4.70"}


def read_sof(stream):
    i = 2
    while i + 4 <= len(stream):
        if stream[i] != 0xFF:
            i += 1
            continue
        marker = stream[i + 1]
        if marker in SYNTAX:
            p, y, x, nf = struct.unpack(">BHHB", stream[i + 4:i + 10])
            predictor = None
            if marker == 0xC3:  # find the first SOS to pick .57 or .70
                j = stream.find(b"\xff\xda", i)
                ns = stream[j + 4]
                predictor = stream[j + 5 + 2 * ns]
            return marker, p, y, x, nf, predictor
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
            i += 2 if marker != 0xFF else 1
            continue
        i += 2 + struct.unpack(">H", stream[i + 2:i + 4])[0]
    raise SystemExit("no SOF0/1/2/3 found")


def element(group, elem, vr, value):
    if isinstance(value, str):
        value = value.encode("ascii")
        if len(value) % 2:
            value += b"\0" if vr == "UI" else b" "
    if vr in ("OB", "OW", "SQ", "UN", "UT"):
        return struct.pack("<HH2sHI", group, elem, vr.encode(), 0, len(value)) + value
    return struct.pack("<HH2sH", group, elem, vr.encode(), len(value)) + value


def us(v):
    return struct.pack("<H", v)


def wrap(stream, pi, signed):
    marker, p, y, x, nf, predictor = read_sof(stream)
    syntax = SYNTAX[marker]
    if marker == 0xC3 and predictor != 1:
        syntax = "1.2.840.10008.1.2.4.57"
    sop_class, sop_uid = "1.2.840.10008.5.1.4.1.1.7", "1.2.826.0.1.3680043.2.1125.1.42"
    meta_body = (element(0x0002, 0x0001, "OB", b"\0\1") + element(0x0002, 0x0002, "UI", sop_class)
                 + element(0x0002, 0x0003, "UI", sop_uid) + element(0x0002, 0x0010, "UI", syntax)
                 + element(0x0002, 0x0012, "UI", "1.2.826.0.1.3680043.2.1125.1"))
    meta = element(0x0002, 0x0000, "UL", struct.pack("<I", len(meta_body))) + meta_body
    pi = pi or ("MONOCHROME2" if nf == 1 else "RGB" if nf == 3 else "CMYK" if nf == 4 else "MONOCHROME2")
    if len(stream) % 2:
        stream += b"\0"
    data = (element(0x0008, 0x0016, "UI", sop_class) + element(0x0008, 0x0018, "UI", sop_uid)
            + element(0x0028, 0x0002, "US", us(nf)) + element(0x0028, 0x0004, "CS", pi)
            + (element(0x0028, 0x0006, "US", us(0)) if nf > 1 else b"")
            + element(0x0028, 0x0010, "US", us(y)) + element(0x0028, 0x0011, "US", us(x))
            + element(0x0028, 0x0100, "US", us(8 if p <= 8 else 16)) + element(0x0028, 0x0101, "US", us(p))
            + element(0x0028, 0x0102, "US", us(p - 1)) + element(0x0028, 0x0103, "US", us(1 if signed else 0))
            + struct.pack("<HH2sHI", 0x7FE0, 0x0010, b"OB", 0, 0xFFFFFFFF)
            + struct.pack("<HHI", 0xFFFE, 0xE000, 0)
            + struct.pack("<HHI", 0xFFFE, 0xE000, len(stream)) + stream
            + struct.pack("<HHI", 0xFFFE, 0xE0DD, 0))
    return b"\0" * 128 + b"DICM" + meta + data


def decoded_pixels(path):
    """Returns (photometric, samples, pixel bytes) of an explicit VR LE file written by dcmdjpeg."""
    d = open(path, "rb").read()
    i, pi, spp = 132, None, None
    while i < len(d):
        group, elem, vr = struct.unpack("<HH2s", d[i:i + 6])
        if vr in (b"OB", b"OW", b"SQ", b"UN", b"UT", b"OF"):
            length, head = struct.unpack("<I", d[i + 8:i + 12])[0], 12
        else:
            length, head = struct.unpack("<H", d[i + 6:i + 8])[0], 8
        value = d[i + head:i + head + length]
        if (group, elem) == (0x0028, 0x0004):
            pi = value.decode().strip()
        if (group, elem) == (0x0028, 0x0002):
            spp = struct.unpack("<H", value)[0]
        if (group, elem) == (0x7FE0, 0x0010):
            return pi, spp, value
        i += head + length
    raise SystemExit("no pixel data in dcmdjpeg output")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stream")
    ap.add_argument("--pi")
    ap.add_argument("--signed", action="store_true")
    ap.add_argument("--raw")
    args = ap.parse_args()
    stream = open(args.stream, "rb").read()
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.dcm"), os.path.join(tmp, "out.dcm")
        open(src, "wb").write(wrap(stream, args.pi, args.signed))
        subprocess.run(["dcmdjpeg", src, dst], check=True)
        pi, spp, pixels = decoded_pixels(dst)
    marker, p, y, x, nf, _ = read_sof(stream)
    expected = y * x * nf * (1 if p <= 8 else 2)
    pixels = pixels[:expected]  # drop the even-length pad byte
    if args.raw:
        open(args.raw, "wb").write(pixels)
    print(f"{os.path.basename(args.stream)} P={p} {x}x{y} Nf={nf} -> {pi} spp={spp} "
          f"sha256={hashlib.sha256(pixels).hexdigest()}")


if __name__ == "__main__":
    sys.exit(main())
