/**
 * The plain form the crisis patterns read (src/crisis/normalize.ts): typed variants of one phrase
 * must come out the same, so one pattern meets them all.
 */
import { describe, expect, it } from 'vitest';
import { collapseLetters, foldPattern, normalize, stripMarks } from '../../src/crisis/normalize';

describe('normalize', () => {
  it.each([
    ['I want to DIE', 'i want to die'],
    ['i want to dieeeee', 'i want to die'],
    ['K!ll mys3lf', 'kil myself'],
    ['kill myself', 'kil myself'],
    ['s**cide', 'suicide'],
    ['i can’t go on', 'i cant go on'],
    ["i can't go on", 'i cant go on'],
    ['NÃO QUERO VIVER', 'nao quero viver'],
    ['não quero viver', 'nao quero viver'],
    ["J'ai envie de m'suicider", 'je ai envie de me suicider'],
    ['jai envie de me suicider', 'je ai envie de me suicider'],
    ['jveux mourir', 'je veux mourir'],
    ['Ich weiß nicht', 'ich weis nicht'],
    ['idw to live', 'i dont want to live'],
  ])('%j → %j', (input, plain) => {
    expect(normalize(input).trim()).toBe(plain);
  });

  it('keeps sentence ends and pauses as tokens, and laughter emoji as "lol"', () => {
    expect(normalize('Ugh. I give up, really 😂')).toBe(' ugh . i give up , realy lol ');
  });

  it('folds a pattern the way it folds input, leaving the syntax alone', () => {
    expect(foldPattern('(?:matarme|me quería) (?:muert[oa]){1,2}')).toBe('(?:matarme|me queria) (?:muert[oa]){1,2}');
    expect(foldPattern('Weiß')).toBe(normalize('weiß').trim());
  });

  it('strips marks and collapses letter runs', () => {
    expect(stripMarks('àéîõü ñ ç')).toBe('aeiou n c');
    expect(collapseLetters('sooooo sleeepy')).toBe('so slepy');
  });
});
