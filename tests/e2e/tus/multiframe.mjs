// Builds a DICOM Part 10 file in memory: explicit VR little endian, a multi-frame 16-bit
// grayscale Secondary Capture instance (Rows x Columns x Frames), pixel values a deterministic
// pattern so the bytes differ frame to frame. Enough of the standard for this test, nothing more.
import { randomBytes } from 'node:crypto';

const ExplicitLittle = '1.2.840.10008.1.2.1';
const MultiFrameGrayscaleWord = '1.2.840.10008.5.1.4.1.1.7.3';
const LongVRs = new Set(['OB', 'OW', 'OF', 'SQ', 'UT', 'UN']);

function pad(text, vr) {
  const even = text.length % 2 === 0 ? text : text + (vr === 'UI' ? '\0' : ' ');
  return Buffer.from(even, 'latin1');
}

function element(group, elem, vr, value) {
  const long = LongVRs.has(vr);
  const head = Buffer.alloc(long ? 12 : 8);
  head.writeUInt16LE(group, 0);
  head.writeUInt16LE(elem, 2);
  head.write(vr, 4, 'latin1');
  if (long) head.writeUInt32LE(value.length, 8);
  else head.writeUInt16LE(value.length, 6);
  return Buffer.concat([head, value]);
}

const text = (g, e, vr, s) => element(g, e, vr, pad(s, vr));
const us = (g, e, n) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return element(g, e, 'US', b); };

/** A fresh UID under 2.25 (UUID-derived), so every run stores a new instance. */
export function newUid() {
  return '2.25.' + BigInt('0x' + randomBytes(16).toString('hex')).toString();
}

export function buildMultiFrame({ rows, columns, frames, sopInstanceUid }) {
  const metaBody = Buffer.concat([
    element(0x0002, 0x0001, 'OB', Buffer.from([0, 1])),
    text(0x0002, 0x0002, 'UI', MultiFrameGrayscaleWord),
    text(0x0002, 0x0003, 'UI', sopInstanceUid),
    text(0x0002, 0x0010, 'UI', ExplicitLittle),
    text(0x0002, 0x0012, 'UI', '1.2.826.0.1.3680043.10.1455.1'),
  ]);
  const groupLength = Buffer.alloc(4);
  groupLength.writeUInt32LE(metaBody.length);
  const pixelBytes = rows * columns * frames * 2;
  const pixels = Buffer.alloc(pixelBytes);
  for (let i = 0; i < pixelBytes / 2; i++) pixels.writeUInt16LE((i * 7 + Math.floor(i / (rows * columns)) * 131) & 0xffff, i * 2);
  const dataset = Buffer.concat([
    text(0x0008, 0x0016, 'UI', MultiFrameGrayscaleWord),
    text(0x0008, 0x0018, 'UI', sopInstanceUid),
    text(0x0008, 0x0060, 'CS', 'OT'),
    text(0x0010, 0x0010, 'PN', 'Test^Resumable'),
    text(0x0010, 0x0020, 'LO', 'TUS-E2E'),
    text(0x0020, 0x000d, 'UI', sopInstanceUid + '.1'),
    text(0x0020, 0x000e, 'UI', sopInstanceUid + '.2'),
    us(0x0028, 0x0002, 1),
    text(0x0028, 0x0004, 'CS', 'MONOCHROME2'),
    text(0x0028, 0x0008, 'IS', String(frames)),
    us(0x0028, 0x0010, rows),
    us(0x0028, 0x0011, columns),
    us(0x0028, 0x0100, 16),
    us(0x0028, 0x0101, 16),
    us(0x0028, 0x0102, 15),
    us(0x0028, 0x0103, 0),
    element(0x7fe0, 0x0010, 'OW', pixels),
  ]);
  return Buffer.concat([
    Buffer.alloc(128), Buffer.from('DICM', 'latin1'),
    element(0x0002, 0x0000, 'UL', groupLength), metaBody, dataset,
  ]);
}
