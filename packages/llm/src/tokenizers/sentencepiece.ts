/**
 * A tokenizer from a SentencePiece `.model` file (protobuf `ModelProto`): unigram (Viterbi) and
 * BPE models, byte fallback, user-defined symbols, and the normalizer spec (a precompiled
 * character map such as `nmt_nfkc`, or identity; dummy prefix, extra whitespace, `▁` escaping).
 */
import type { Tokenizer } from '../types.js';
import { mergeWord } from './bpe-merge.js';
import { invalidArgument, malformed, unsupported } from './errors.js';
import { PrecompiledCharsmap, utf8CharLength } from './precompiled-charsmap.js';
import { ProtoReader, WIRE_BYTES, WIRE_FIXED32, WIRE_VARINT } from './protobuf.js';
import { bytesToKey, utf8Decode, utf8Encode } from './utf8.js';

/** Piece types of `ModelProto.SentencePiece.Type`. */
enum PieceType {
  Normal = 1,
  Unknown = 2,
  Control = 3,
  UserDefined = 4,
  Unused = 5,
  Byte = 6,
}

interface Piece {
  piece: string;
  score: number;
  type: PieceType;
}

interface ModelSpec {
  pieces: Piece[];
  modelType: number;
  bosId: number;
  eosId: number;
  unkSurface: string;
  treatWhitespaceAsSuffix: boolean;
  normalizer: {
    name: string;
    charsmap: Uint8Array;
    addDummyPrefix: boolean;
    removeExtraWhitespaces: boolean;
    escapeWhitespaces: boolean;
  };
}

/** Limits on what a file may declare (a model has at most a few hundred thousand pieces). */
const MAX_PIECES = 4_000_000;

function int32(value: number): number {
  return value >= 2 ** 63 ? value - 2 ** 64 : value >= 2 ** 31 ? value - 2 ** 32 : value;
}

function expectWire(actual: number, expected: number, path: string): void {
  if (actual !== expected) throw malformed('unexpected wire type', { path, wire: actual, expected });
}

/** Reads the fields of a `ModelProto` this tokenizer needs. */
function readModelProto(bytes: Uint8Array): ModelSpec {
  const spec: ModelSpec = {
    pieces: [],
    modelType: 1,
    bosId: 1,
    eosId: 2,
    unkSurface: ' \u2047 ',
    treatWhitespaceAsSuffix: false,
    normalizer: {
      name: '',
      charsmap: new Uint8Array(0),
      addDummyPrefix: true,
      removeExtraWhitespaces: true,
      escapeWhitespaces: true,
    },
  };
  const reader = new ProtoReader(bytes, 0, bytes.length, 'ModelProto');
  while (!reader.done) {
    const { field, wire } = reader.tag();
    if (field === 1) {
      expectWire(wire, WIRE_BYTES, 'pieces');
      if (spec.pieces.length >= MAX_PIECES) throw malformed('too many pieces', { count: spec.pieces.length });
      const path = `pieces[${spec.pieces.length}]`;
      const m = reader.message(path);
      const piece: Piece = { piece: '', score: 0, type: PieceType.Normal };
      while (!m.done) {
        const t = m.tag();
        if (t.field === 1 && t.wire === WIRE_BYTES) piece.piece = m.stringField();
        else if (t.field === 2 && t.wire === WIRE_FIXED32) piece.score = m.float32();
        else if (t.field === 3 && t.wire === WIRE_VARINT) piece.type = m.varint();
        else m.skip(t.wire);
      }
      if (piece.type < 1 || piece.type > 6) throw malformed('unknown piece type', { path, type: piece.type });
      spec.pieces.push(piece);
    } else if (field === 2) {
      expectWire(wire, WIRE_BYTES, 'trainer_spec');
      const m = reader.message('trainer_spec');
      while (!m.done) {
        const t = m.tag();
        if (t.wire === WIRE_VARINT && t.field === 3) spec.modelType = m.varint();
        else if (t.wire === WIRE_VARINT && t.field === 24) spec.treatWhitespaceAsSuffix = m.varint() !== 0;
        else if (t.wire === WIRE_VARINT && t.field === 41) spec.bosId = int32(m.varint());
        else if (t.wire === WIRE_VARINT && t.field === 42) spec.eosId = int32(m.varint());
        else if (t.wire === WIRE_BYTES && t.field === 44) spec.unkSurface = m.stringField();
        else m.skip(t.wire);
      }
    } else if (field === 3) {
      expectWire(wire, WIRE_BYTES, 'normalizer_spec');
      const m = reader.message('normalizer_spec');
      const n = spec.normalizer;
      while (!m.done) {
        const t = m.tag();
        if (t.wire === WIRE_BYTES && t.field === 1) n.name = m.stringField();
        else if (t.wire === WIRE_BYTES && t.field === 2) n.charsmap = m.bytesField();
        else if (t.wire === WIRE_VARINT && t.field === 3) n.addDummyPrefix = m.varint() !== 0;
        else if (t.wire === WIRE_VARINT && t.field === 4) n.removeExtraWhitespaces = m.varint() !== 0;
        else if (t.wire === WIRE_VARINT && t.field === 5) n.escapeWhitespaces = m.varint() !== 0;
        else m.skip(t.wire);
      }
    } else reader.skip(wire);
  }
  if (spec.pieces.length === 0) throw malformed('the model has no pieces', { path: 'ModelProto.pieces' });
  return spec;
}

const SPACE_SYMBOL = utf8Encode('\u2581');
const SPACE = 0x20;
const FLT_MIN = 1.1754943508222875e-38;
const UNK_PENALTY = 10;

/** Options of a SentencePiece tokenizer. */
export interface SentencePieceTokenizerOptions {
  /** The chat template, when the model file comes with one. */
  chatTemplate?: string;
  /** End-of-sequence pieces; defaults to the model's `eos_id` piece. */
  eosTokens?: readonly string[];
}

export class SentencePieceTokenizer implements Tokenizer {
  readonly vocabSize: number;
  readonly bosTokenId: number | undefined;
  readonly eosTokenIds: readonly number[];
  readonly chatTemplate: string | undefined;
  private readonly spec: ModelSpec;
  /** NORMAL, USER_DEFINED and UNUSED pieces by their bytes (Latin-1 keys). */
  private readonly pieceIds = new Map<string, number>();
  private readonly allIds = new Map<string, number>();
  private readonly userDefined: string[] = [];
  private readonly byteIds = new Int32Array(256).fill(-1);
  private readonly maxPieceBytes: number;
  private readonly unkId: number;
  private readonly minScore: number;
  private readonly maxScore: number;
  private readonly charsmap: PrecompiledCharsmap | undefined;
  private readonly bpeRank = new Map<string, number>();

  constructor(bytes: Uint8Array, options: SentencePieceTokenizerOptions = {}) {
    this.spec = readModelProto(bytes);
    const { pieces } = this.spec;
    if (this.spec.modelType !== 1 && this.spec.modelType !== 2) {
      throw unsupported('only unigram and BPE SentencePiece models are supported', { modelType: this.spec.modelType });
    }
    let unk = -1;
    let minScore = Number.POSITIVE_INFINITY;
    let maxScore = FLT_MIN;
    let maxPieceBytes = 1;
    pieces.forEach((p, id) => {
      const key = bytesToKey(utf8Encode(p.piece));
      if (!this.allIds.has(p.piece)) this.allIds.set(p.piece, id);
      if (p.type === PieceType.Normal || p.type === PieceType.UserDefined || p.type === PieceType.Unused) {
        if (!this.pieceIds.has(key)) this.pieceIds.set(key, id);
        maxPieceBytes = Math.max(maxPieceBytes, key.length);
      }
      if (p.type === PieceType.UserDefined) this.userDefined.push(key);
      if (p.type === PieceType.Unknown && unk < 0) unk = id;
      if (p.type === PieceType.Normal) {
        minScore = Math.min(minScore, p.score);
        maxScore = Math.max(maxScore, p.score);
      }
      if (p.type === PieceType.Byte) {
        const m = /^<0x([0-9A-Fa-f]{2})>$/.exec(p.piece);
        if (!m) throw malformed('byte piece is not <0xNN>', { path: `pieces[${id}]`, piece: p.piece });
        this.byteIds[Number.parseInt(m[1] as string, 16)] = id;
      }
    });
    if (unk < 0) throw malformed('the model has no unknown piece', { path: 'ModelProto.pieces' });
    this.userDefined.sort((a, b) => b.length - a.length);
    this.unkId = unk;
    this.minScore = Number.isFinite(minScore) ? minScore : 0;
    this.maxScore = maxScore;
    this.maxPieceBytes = maxPieceBytes;
    this.charsmap =
      this.spec.normalizer.charsmap.length > 0 ? new PrecompiledCharsmap(this.spec.normalizer.charsmap) : undefined;
    this.vocabSize = pieces.length;
    const control = (id: number): number | undefined =>
      id >= 0 && id < pieces.length && pieces[id]?.type === PieceType.Control ? id : undefined;
    this.bosTokenId = control(this.spec.bosId);
    const eos =
      options.eosTokens?.map((t) => this.allIds.get(t)) ??
      (control(this.spec.eosId) !== undefined ? [this.spec.eosId] : []);
    this.eosTokenIds = eos.filter((id): id is number => id !== undefined);
    this.chatTemplate = options.chatTemplate;
  }

  /** Length of the user-defined symbol at `start`, or 0. */
  private userDefinedAt(bytes: Uint8Array, start: number): number {
    for (const key of this.userDefined) {
      if (start + key.length > bytes.length) continue;
      let ok = true;
      for (let i = 0; i < key.length && ok; i++) ok = bytes[start + i] === key.charCodeAt(i);
      if (ok) return key.length;
    }
    return 0;
  }

  /** SentencePiece's normalizer: returns the normalized UTF-8 bytes. */
  normalize(text: string): Uint8Array {
    const input = utf8Encode(text);
    const n = this.spec.normalizer;
    const out: number[] = [];
    const prefixAt = (pos: number): { out: Uint8Array; consumed: number } => {
      const user = this.userDefinedAt(input, pos);
      if (user > 0) return { out: input.subarray(pos, pos + user), consumed: user };
      if (this.charsmap) return this.charsmap.normalizePrefix(input, pos);
      const length = utf8CharLength(input, pos);
      return length === 0
        ? { out: Uint8Array.of(0xef, 0xbf, 0xbd), consumed: 1 }
        : { out: input.subarray(pos, pos + length), consumed: length };
    };
    const addSpace = (): void => {
      if (n.escapeWhitespaces) out.push(...SPACE_SYMBOL);
      else out.push(SPACE);
    };
    let pos = 0;
    if (n.removeExtraWhitespaces) {
      while (pos < input.length) {
        const p = prefixAt(pos);
        if (!(p.out.length === 1 && p.out[0] === SPACE)) break;
        pos += p.consumed;
      }
    }
    if (pos >= input.length) return new Uint8Array(0);
    if (!this.spec.treatWhitespaceAsSuffix && n.addDummyPrefix) addSpace();
    let prevSpace = n.removeExtraWhitespaces;
    while (pos < input.length) {
      const p = prefixAt(pos);
      let piece = p.out;
      if (prevSpace && n.removeExtraWhitespaces) {
        let s = 0;
        while (s < piece.length && piece[s] === SPACE) s++;
        piece = piece.subarray(s);
      }
      if (piece.length > 0) {
        for (const b of piece) {
          if (b === SPACE && n.escapeWhitespaces) out.push(...SPACE_SYMBOL);
          else out.push(b);
        }
        prevSpace = piece[piece.length - 1] === SPACE;
      }
      pos += p.consumed;
      if (!n.removeExtraWhitespaces) prevSpace = false;
    }
    if (n.removeExtraWhitespaces) {
      const ws = n.escapeWhitespaces ? Array.from(SPACE_SYMBOL) : [SPACE];
      while (out.length >= ws.length && ws.every((b, i) => out[out.length - ws.length + i] === b))
        out.length -= ws.length;
    }
    if (this.spec.treatWhitespaceAsSuffix && n.addDummyPrefix) addSpace();
    return Uint8Array.from(out);
  }

  /** Pieces (byte ranges) and ids of normalized bytes, before byte fallback. */
  private segment(bytes: Uint8Array): Array<{ start: number; end: number; id: number }> {
    return this.spec.modelType === 2 ? this.segmentBpe(bytes) : this.segmentUnigram(bytes);
  }

  private charLength(bytes: Uint8Array, pos: number): number {
    const b = bytes[pos] as number;
    const length = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return Math.min(length, bytes.length - pos);
  }

  private segmentUnigram(bytes: Uint8Array): Array<{ start: number; end: number; id: number }> {
    const size = bytes.length;
    const score = new Float64Array(size + 1);
    const from = new Int32Array(size + 1).fill(-1);
    const idAt = new Int32Array(size + 1).fill(-1);
    const unkScore = Math.fround(this.minScore - UNK_PENALTY);
    const pieces = this.spec.pieces;
    for (let start = 0; start < size; ) {
      const base = score[start] as number;
      const mblen = this.charLength(bytes, start);
      let hasSingle = false;
      let key = '';
      const limit = Math.min(size, start + this.maxPieceBytes);
      for (let end = start + 1; end <= limit; end++) {
        key += String.fromCharCode(bytes[end - 1] as number);
        const id = this.pieceIds.get(key);
        if (id === undefined) continue;
        const piece = pieces[id] as Piece;
        if (piece.type === PieceType.Unused) continue;
        const length = end - start;
        const s = piece.type === PieceType.UserDefined ? Math.fround(length * this.maxScore - 0.1) : piece.score;
        const candidate = Math.fround(s + base);
        if (from[end] === -1 || candidate > (score[end] as number)) {
          score[end] = candidate;
          from[end] = start;
          idAt[end] = id;
        }
        if (length === mblen) hasSingle = true;
      }
      if (!hasSingle) {
        const end = start + mblen;
        const candidate = Math.fround(unkScore + base);
        if (from[end] === -1 || candidate > (score[end] as number)) {
          score[end] = candidate;
          from[end] = start;
          idAt[end] = this.unkId;
        }
      }
      start += mblen;
    }
    const out: Array<{ start: number; end: number; id: number }> = [];
    for (let end = size; end > 0; ) {
      const start = from[end] as number;
      if (start < 0) throw malformed('no segmentation of the input', { offset: end });
      const id = idAt[end] as number;
      const last = out[out.length - 1];
      // Runs of unknown characters become one unknown piece.
      if (id === this.unkId && last?.id === this.unkId) last.start = start;
      else out.push({ start, end, id });
      end = start;
    }
    return out.reverse();
  }

  private segmentBpe(bytes: Uint8Array): Array<{ start: number; end: number; id: number }> {
    // Symbols: user-defined symbols whole, else one character; unknown characters get ids past the vocabulary.
    const keys: string[] = [];
    for (let pos = 0; pos < bytes.length; ) {
      const user = this.userDefinedAt(bytes, pos);
      const length = user > 0 ? user : this.charLength(bytes, pos);
      keys.push(bytesToKey(bytes, pos, pos + length));
      pos += length;
    }
    const extra = new Map<string, number>();
    const extraKeys: string[] = [];
    const keyOf = (id: number): string =>
      id < this.vocabSize
        ? bytesToKey(utf8Encode((this.spec.pieces[id] as Piece).piece))
        : (extraKeys[id - this.vocabSize] as string);
    const ids = keys.map((key) => {
      const id = this.pieceIds.get(key);
      if (id !== undefined) return id;
      let e = extra.get(key);
      if (e === undefined) {
        e = this.vocabSize + extraKeys.length;
        extra.set(key, e);
        extraKeys.push(key);
      }
      return e;
    });
    const merged = mergeWord(ids, (left, right) => {
      const joined = keyOf(left) + keyOf(right);
      let rank = this.bpeRank.get(joined);
      if (rank === undefined) {
        const id = this.pieceIds.get(joined);
        rank = id === undefined ? Number.NaN : -(this.spec.pieces[id] as Piece).score;
        this.bpeRank.set(joined, rank);
      }
      if (Number.isNaN(rank)) return undefined;
      return { rank, id: this.pieceIds.get(joined) as number };
    });
    const out: Array<{ start: number; end: number; id: number }> = [];
    let pos = 0;
    for (const id of merged) {
      const length = keyOf(id).length;
      out.push({ start: pos, end: pos + length, id: id < this.vocabSize ? id : this.unkId });
      pos += length;
    }
    return out;
  }

  encode(text: string, options: { addSpecialTokens?: boolean } = {}): number[] {
    const normalized = this.normalize(text);
    const ids: number[] = [];
    if (options.addSpecialTokens !== false && this.bosTokenId !== undefined) ids.push(this.bosTokenId);
    for (const { start, end, id } of this.segment(normalized)) {
      if (id === this.unkId && this.byteIds[0] !== -1) {
        for (let i = start; i < end; i++) ids.push(this.byteIds[normalized[i] as number] as number);
      } else ids.push(id);
    }
    return ids;
  }

  decode(ids: readonly number[], options: { skipSpecialTokens?: boolean } = {}): string {
    void options;
    let text = '';
    let pendingBytes: number[] = [];
    const flushBytes = (): void => {
      if (pendingBytes.length === 0) return;
      text += utf8Decode(Uint8Array.from(pendingBytes));
      pendingBytes = [];
    };
    const stripFirst = this.spec.normalizer.addDummyPrefix || this.spec.normalizer.removeExtraWhitespaces;
    for (const id of ids) {
      const piece = this.piece(id);
      if (piece.type === PieceType.Control) continue;
      if (piece.type === PieceType.Byte) {
        pendingBytes.push(Number.parseInt(piece.piece.slice(3, 5), 16));
        continue;
      }
      flushBytes();
      if (piece.type === PieceType.Unknown) {
        text += this.spec.unkSurface;
        continue;
      }
      let surface = piece.piece;
      if (text.length === 0 && stripFirst && surface.startsWith('\u2581')) surface = surface.slice(1);
      text += surface.split('\u2581').join(' ');
    }
    flushBytes();
    return text;
  }

  tokenBytes(id: number): Uint8Array {
    const piece = this.piece(id);
    switch (piece.type) {
      case PieceType.Control:
        return new Uint8Array(0);
      case PieceType.Byte:
        return Uint8Array.of(Number.parseInt(piece.piece.slice(3, 5), 16));
      case PieceType.Unknown:
        return utf8Encode(this.spec.unkSurface);
      default:
        return utf8Encode(piece.piece.split('\u2581').join(' '));
    }
  }

  tokenToId(token: string): number | undefined {
    return this.allIds.get(token);
  }

  isSpecial(id: number): boolean {
    return this.piece(id).type === PieceType.Control;
  }

  private piece(id: number): Piece {
    const piece = Number.isInteger(id) ? this.spec.pieces[id] : undefined;
    if (!piece) throw invalidArgument('token id out of range', { id, vocabSize: this.vocabSize });
    return piece;
  }
}
