// Which language a text file gets: AWS samples recognised by the server, and choices kept per file.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  LanguageChoices,
  MAX_REMEMBERED,
  PLAIN_TEXT,
  SAMPLE_LANGUAGE,
  STORE_KEY,
  type ChoiceStore,
} from '../src/languageChoices';

/** A workspace state that outlives the LanguageChoices using it, as it outlives a window reload. */
class MemoryStore implements ChoiceStore {
  private readonly values = new Map<string, unknown>();

  get(key: string): unknown {
    return this.values.get(key);
  }

  update(key: string, value: unknown): Promise<void> {
    this.values.set(key, value);
    return Promise.resolve();
  }
}

/** The end of a turn, run by the test: VS Code changes a language by a close and an open in one call. */
class Turns {
  private readonly queued: Array<() => void> = [];
  readonly defer = (run: () => void) => this.queued.push(run);

  end(): void {
    this.queued.splice(0).forEach((run) => run());
  }
}

const SAMPLE = 'file:///w/my-aws-download.txt';
const NOTES = 'file:///w/notes.txt';

function setUp(store = new MemoryStore()) {
  const turns = new Turns();
  return { store, turns, choices: new LanguageChoices(store, turns.defer) };
}

/** VS Code gives an open document another language: it closes it and opens it again in one call. */
function changeLanguage(choices: LanguageChoices, turns: Turns, uri: string, from: string, to: string) {
  choices.closed(uri, from);
  const action = choices.opened(uri, to, true);
  turns.end();
  return action;
}

describe('LanguageChoices', () => {
  test('a plain text file is offered to the server; an AWS sample switches to the sample language', () => {
    const { choices, turns } = setUp();
    assert.deepEqual(choices.opened(SAMPLE, PLAIN_TEXT, true), { kind: 'detect' });
    assert.deepEqual(choices.detected(SAMPLE, PLAIN_TEXT, 'awsSample', true), { kind: 'set', languageId: SAMPLE_LANGUAGE });
    choices.settingLanguage(SAMPLE, SAMPLE_LANGUAGE);
    assert.deepEqual(changeLanguage(choices, turns, SAMPLE, PLAIN_TEXT, SAMPLE_LANGUAGE), { kind: 'keep' });
    assert.equal(choices.remembered(SAMPLE), SAMPLE_LANGUAGE);
  });

  test('other kinds of text stay as they are, and are not remembered', () => {
    const { choices } = setUp();
    for (const kind of ['other', 'config', 'transcript'] as const) {
      assert.deepEqual(choices.detected(NOTES, PLAIN_TEXT, kind, true), { kind: 'keep' });
    }
    assert.equal(choices.remembered(NOTES), undefined);
  });

  test('an answer for a document the user gave another language meanwhile changes nothing', () => {
    const { choices } = setUp();
    assert.deepEqual(choices.detected(SAMPLE, 'ini', 'awsSample', true), { kind: 'keep' });
  });

  test('the sample language stays after a reopen and a reload, without asking the server again', () => {
    const store = new MemoryStore();
    const first = setUp(store);
    first.choices.opened(SAMPLE, PLAIN_TEXT, true);
    first.choices.detected(SAMPLE, PLAIN_TEXT, 'awsSample', true);
    const reloaded = setUp(store).choices; // a new extension host, the same workspace state
    assert.deepEqual(reloaded.opened(SAMPLE, PLAIN_TEXT, true), { kind: 'set', languageId: SAMPLE_LANGUAGE });
    assert.equal(reloaded.shouldDetect(SAMPLE, PLAIN_TEXT), false);
  });

  test('a language picked by hand is kept: away from the sample language, and towards one of ours', () => {
    const store = new MemoryStore();
    const { choices, turns } = setUp(store);
    choices.opened(SAMPLE, PLAIN_TEXT, true);
    choices.detected(SAMPLE, PLAIN_TEXT, 'awsSample', true);
    choices.settingLanguage(SAMPLE, SAMPLE_LANGUAGE);
    changeLanguage(choices, turns, SAMPLE, PLAIN_TEXT, SAMPLE_LANGUAGE);
    // The user says it is not a sample after all.
    changeLanguage(choices, turns, SAMPLE, SAMPLE_LANGUAGE, PLAIN_TEXT);
    assert.equal(choices.remembered(SAMPLE), PLAIN_TEXT);
    assert.deepEqual(setUp(store).choices.opened(SAMPLE, PLAIN_TEXT, true), { kind: 'keep' }, 'not offered again');
    // A running-config saved as .txt, made an IX config by hand.
    changeLanguage(choices, turns, NOTES, PLAIN_TEXT, 'nec-ix');
    assert.deepEqual(setUp(store).choices.opened(NOTES, PLAIN_TEXT, true), { kind: 'set', languageId: 'nec-ix' });
  });

  test('a close and a later open are a reopen, not a change of language', () => {
    const { choices, turns } = setUp();
    choices.closed(NOTES, 'nec-ix');
    turns.end();
    assert.deepEqual(choices.opened(NOTES, PLAIN_TEXT, true), { kind: 'detect' });
    assert.equal(choices.remembered(NOTES), undefined);
  });

  test('hand choices between languages that are not ours are left to VS Code', () => {
    const { choices, turns } = setUp();
    changeLanguage(choices, turns, NOTES, PLAIN_TEXT, 'markdown');
    assert.equal(choices.remembered(NOTES), undefined);
  });

  test('untitled documents are detected but never remembered (their names are reused)', () => {
    const { choices } = setUp();
    const untitled = 'untitled:Untitled-1';
    assert.deepEqual(choices.detected(untitled, PLAIN_TEXT, 'awsSample', false), { kind: 'set', languageId: SAMPLE_LANGUAGE });
    assert.equal(choices.remembered(untitled), undefined);
  });

  test(`at most ${MAX_REMEMBERED} files are remembered, the oldest forgotten first; a damaged store is ignored`, () => {
    const store = new MemoryStore();
    const { choices } = setUp(store);
    for (let i = 0; i <= MAX_REMEMBERED; i++) {
      choices.detected(`file:///w/s${i}.txt`, PLAIN_TEXT, 'awsSample', true);
    }
    assert.equal((store.get(STORE_KEY) as unknown[]).length, MAX_REMEMBERED);
    assert.equal(choices.remembered('file:///w/s0.txt'), undefined);
    assert.equal(choices.remembered(`file:///w/s${MAX_REMEMBERED}.txt`), SAMPLE_LANGUAGE);
    void store.update(STORE_KEY, [['file:///w/x.txt'], 'junk', ['file:///w/y.txt', SAMPLE_LANGUAGE]]);
    assert.equal(choices.remembered('file:///w/y.txt'), SAMPLE_LANGUAGE);
    assert.equal(choices.remembered('file:///w/x.txt'), undefined);
  });
});
