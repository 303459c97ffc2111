#!/usr/bin/env python3
"""Reference checksums for DcmtkReferenceTests.

Writes small explicit VR little endian DICOM files from the same deterministic values as
TestPattern.cs, renders each with DCMTK's dcmj2pnm (3.6.7 on Debian 12) and prints the sha256 of
the rendered pixel bytes (the PGM/PPM payload). Standard library only. Usage:

    python3 dcmtk_references.py [work-dir]
"""
import hashlib, os, struct, subprocess, sys

WORK = sys.argv[1] if len(sys.argv) > 1 else '/tmp/dcmtk-references'


def elem(group, element, vr, value):
    if isinstance(value, str):
        value = value.encode('ascii')
        if len(value) % 2: value += b'\0' if vr == 'UI' else b' '
    if len(value) % 2: value += b'\0'
    if vr in ('OB', 'OW', 'SQ'):
        return struct.pack('<HH2sHI', group, element, vr.encode(), 0, len(value)) + value
    return struct.pack('<HH2sH', group, element, vr.encode(), len(value)) + value


def us(v): return struct.pack('<H', v)
def uss(vs): return b''.join(struct.pack('<H', v) for v in vs)


def write(path, elements):
    ts, sop, inst = '1.2.840.10008.1.2.1', '1.2.840.10008.5.1.4.1.1.7', '1.2.3.4.5.6.7'
    meta_body = elem(2, 1, 'OB', b'\0\1') + elem(2, 2, 'UI', sop) + elem(2, 3, 'UI', inst) + elem(2, 0x10, 'UI', ts) + elem(2, 0x12, 'UI', '1.2.3.4')
    meta = elem(2, 0, 'UL', struct.pack('<I', len(meta_body))) + meta_body
    base = {(8, 0x16): ('UI', sop), (8, 0x18): ('UI', inst), (8, 0x60): ('CS', 'OT')}
    base.update(elements)
    body = b''.join(elem(g, e, vr, v) for (g, e), (vr, v) in sorted(base.items()))
    with open(path, 'wb') as f:
        f.write(b'\0' * 128 + b'DICM' + meta + body)
os.makedirs(WORK, exist_ok=True)


def pattern(i, salt=0):
    return (((i * 7919 + 13 + salt) & 0xFFFFFFFF) * 2654435761) & 0xFFFFFFFF

def values(n, lo, hi, salt=0):
    return [lo + pattern(i, salt) % (hi - lo + 1) for i in range(n)]

def pnm_pixels(path):
    b = open(path, 'rb').read()
    pos, tokens = 0, []
    while len(tokens) < 4:
        while b[pos] in b' \t\r\n': pos += 1
        start = pos
        while b[pos] not in b' \t\r\n': pos += 1
        tokens.append(b[start:pos])
    w, h = int(tokens[1]), int(tokens[2])
    ch = 3 if tokens[0] == b'P6' else 1
    data = b[pos + 1:]
    assert len(data) == w * h * ch, (len(data), w, h, ch)
    return data

def gray(name, rows, cols, alloc, stored, high, signed, vals, photometric='MONOCHROME2', opt=('+Wm',), extra=None, garbage=False):
    fmt = {8:'<B',16:'<H',32:'<I'}[alloc]
    raws = []
    for i, v in enumerate(vals):
        raw = (v & ((1 << stored) - 1)) << (high - stored + 1)
        if garbage and high + 1 < alloc:
            raw |= (pattern(i, 99) % (1 << (alloc - high - 1))) << (high + 1)
        raws.append(raw)
    data = b''.join(struct.pack(fmt, r) for r in raws)
    el = {(0x28,2):('US',us(1)),(0x28,4):('CS',photometric),(0x28,0x10):('US',us(rows)),(0x28,0x11):('US',us(cols)),
          (0x28,0x100):('US',us(alloc)),(0x28,0x101):('US',us(stored)),(0x28,0x102):('US',us(high)),(0x28,0x103):('US',us(1 if signed else 0)),
          (0x7fe0,0x10):('OW' if alloc>8 else 'OB', data)}
    if extra: el.update(extra)
    emit(name, el, opt)

def color(name, rows, cols, photometric, alloc, data, extra=None, samples=3):
    el = {(0x28,2):('US',us(samples)),(0x28,4):('CS',photometric),(0x28,0x10):('US',us(rows)),(0x28,0x11):('US',us(cols)),
          (0x28,0x100):('US',us(alloc)),(0x28,0x101):('US',us(alloc)),(0x28,0x102):('US',us(alloc-1)),(0x28,0x103):('US',us(0)),
          (0x7fe0,0x10):('OW' if alloc>8 else 'OB', data)}
    if samples == 3: el[(0x28,6)] = ('US', us(0))
    if extra: el.update(extra)
    emit(name, el, ())

def emit(name, el, opt):
    path = os.path.join(WORK, name)
    write(path + '.dcm', el)
    r = subprocess.run(['dcmj2pnm', '+F', '1', *opt, path + '.dcm', path + '.pnm'], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    print(f'{name}: {hashlib.sha256(pnm_pixels(path + ".pnm")).hexdigest()}')

n = 32 * 32
gray('Mr12BitWindow', 32, 32, 16, 12, 11, False, values(n, 0, 4095), opt=('+Wi','1'),
     extra={(0x28,0x1050):('DS','600'),(0x28,0x1051):('DS','1200')}, garbage=True)
gray('CtRescaleWindow', 32, 32, 16, 16, 15, True, values(n, -1200, 3000), opt=('+Wi','1'),
     extra={(0x28,0x1050):('DS','40'),(0x28,0x1051):('DS','400'),(0x28,0x1052):('DS','-1024'),(0x28,0x1053):('DS','1')})
gray('Monochrome1Window', 32, 32, 16, 12, 11, False, values(n, 0, 4095), photometric='MONOCHROME1', opt=('+Wi','1'),
     extra={(0x28,0x1050):('DS','2000'),(0x28,0x1051):('DS','3001')})
gray('Signed12BitMinMax', 32, 32, 16, 12, 11, True, values(n, -2048, 2047), garbage=True)
gray('SigmoidWindow', 32, 32, 16, 12, 11, False, values(n, 0, 4095), opt=('+Wi','1'),
     extra={(0x28,0x1050):('DS','2048'),(0x28,0x1051):('DS','1000'),(0x28,0x1056):('CS','SIGMOID')})
lut = [min(4095, (i * 5) % 4096) for i in range(1000)]
ld = b''.join(struct.pack('<H', x) for x in lut)
item = struct.pack('<HH2sH', 0x28, 0x3002, b'US', 6) + struct.pack('<HHH', 1000, 500, 12) + struct.pack('<HH2sHI', 0x28, 0x3006, b'OW', 0, len(ld)) + ld
seq = struct.pack('<HHI', 0xfffe, 0xe000, len(item)) + item
gray('VoiLutSequence', 32, 32, 16, 12, 11, False, values(n, 0, 2000), opt=('+Wl','1'), extra={(0x28,0x3010):('SQ', seq)})
gray('EightBitMinMax', 32, 32, 8, 8, 7, False, values(n, 17, 211))
gray('ThirtyTwoBitMinMax', 32, 32, 32, 32, 31, False, values(n, 0, 5000000))
ybr = bytes(v for v in values(16 * 16 * 3, 0, 255, 5))
color('YbrFull8Bit', 16, 16, 'YBR_FULL', 8, ybr)
ybr422 = bytes(v for v in values(16 * 16 * 2, 0, 255, 6))
color('YbrFull422Uncompressed', 16, 16, 'YBR_FULL_422', 8, ybr422)
# palette: 16-bit entries, 256 entries, first mapped 0
idx = bytes(v for v in values(16 * 16, 0, 255, 7))
red = uss([pattern(i, 1) % 65536 for i in range(256)]); green = uss([pattern(i, 2) % 65536 for i in range(256)]); blue = uss([pattern(i, 3) % 65536 for i in range(256)])
color('Palette16BitEntries', 16, 16, 'PALETTE COLOR', 8, idx, samples=1, extra={
    (0x28,0x1101):('US',uss([256,0,16])),(0x28,0x1102):('US',uss([256,0,16])),(0x28,0x1103):('US',uss([256,0,16])),
    (0x28,0x1201):('OW',red),(0x28,0x1202):('OW',green),(0x28,0x1203):('OW',blue)})
# overlay: 8x12 graphic plane at origin (row 3, column -2) over a 16x16 min-max image
bits = [pattern(i, 8) & 1 for i in range(8 * 12)]
ob = bytearray(12)
for i, b in enumerate(bits):
    if b: ob[i >> 3] |= 1 << (i & 7)
gray('OverlayGraphicOffset', 16, 16, 16, 12, 11, False, values(256, 0, 4095, 9), extra={
    (0x6000,0x10):('US',us(8)),(0x6000,0x11):('US',us(12)),(0x6000,0x40):('CS','G'),(0x6000,0x50):('SS',struct.pack('<hh',3,-2)),
    (0x6000,0x100):('US',us(1)),(0x6000,0x102):('US',us(0)),(0x6000,0x3000):('OW',bytes(ob))})
