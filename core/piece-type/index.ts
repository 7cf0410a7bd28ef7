export { classifyPiece, type PieceSignals } from './classify-piece';
export * from './piece-kind';
export { parsePieceType } from './parse-piece-type';
