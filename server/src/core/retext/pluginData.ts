/**
 * What Attaché tells a retext plugin about the paragraph it runs on, beside the nlcst: the
 * entities the paragraph names and the document's date, as `file.data.attache`. A plugin that
 * reads them can do what a plugin on the words alone cannot ("an organization written in lower
 * case"), and its messages become findings like any plugin's.
 *
 * The shape is part of what plugins rely on: fields may be added, none renamed or removed.
 */
import type { Point, Position } from 'unist';
import type { EntityType } from '../../kb/knowledgeBase.js';
import type { AliasForm } from '../mentions/aliases.js';
import type { Mention } from '../mentions/mentionIndex.js';
import { LineIndex } from '../text/lineIndex.js';
import type { ParagraphSpan } from '../text/prose.js';

/** One place where the paragraph names an entity. */
export interface AttacheMention {
  /** UTF-16 offsets in the paragraph's text (the VFile's value): `String(file.value).slice(start, end)` is `text`. */
  start: number;
  end: number;
  text: string;
  /** The same place as unist has it (lines and columns from 1), ready for `file.message(reason, { place: mention.position })`. */
  position: Position;
  entity: {
    /** The knowledge-base id (`li-qiang`); `new:<name>` for a person the knowledge base does not know, named with a title. */
    id: string;
    /** The entity's name as the knowledge base writes it ("Communist Party of Vietnam"). */
    name: string;
    /** `person`, `party`, `organization`, `agreement`, `initiative`, `place`, `country` or `title`. */
    kind: EntityType;
  };
  /**
   * Which of the entity's forms the text is: `name`, `alias`, `acronym`, `wrong` (a form the
   * knowledge base says to replace)…; absent for a person the knowledge base does not know.
   */
  form?: AliasForm;
  /** True when the entity is in the knowledge base. */
  known: boolean;
  /** True for a mention inside a longer one: the party named in a title ("General Secretary of the CPV"). */
  nested: boolean;
}

/** `file.data.attache`: what Attaché knows about the paragraph a plugin runs on. */
export interface AttachePluginData {
  /** The paragraph's mentions, in order of their start. */
  mentions: readonly AttacheMention[];
  /** The date the document is judged at (ISO `YYYY-MM-DD`): its front matter, dateline, the configured date or today. */
  documentDate?: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Set by Attaché on the VFile of each paragraph a retext plugin runs on. */
    attache: AttachePluginData;
  }
}

/** What the analysis knows about the whole document, for the plugins' paragraph data. */
export interface DocumentKnowledge {
  /** The document's mentions, with offsets into the document. */
  mentions: readonly Mention[];
  documentDate?: string;
}

/** What a plugin is given with one paragraph. */
export interface ParagraphKnowledge {
  /**
   * Everything the data holds but the paragraph's text, in a few characters: with the text, the
   * key of what a plugin said about the paragraph. Made on every run, so it is made from the
   * mentions as they are, without building the data.
   */
  fingerprint: string;
  /** A fresh `file.data.attache`, made when a plugin runs (the plugin may change it). */
  data(): AttachePluginData;
}

/**
 * Hands each paragraph what the plugins are given with it, paragraphs asked for in document
 * order: the mentions are walked once, so a document's paragraphs together cost one pass over
 * its mentions.
 */
export function paragraphKnowledgeReader(
  document: DocumentKnowledge,
): (paragraph: ParagraphSpan) => ParagraphKnowledge {
  const mentions = [...document.mentions].sort((a, b) => a.start - b.start);
  const date = document.documentDate;
  let next = 0;
  return (paragraph) => {
    while (next > 0 && mentions[next - 1]!.start >= paragraph.start) next--;
    while (next < mentions.length && mentions[next]!.start < paragraph.start) next++;
    const inside: Mention[] = [];
    for (let at = next; at < mentions.length && mentions[at]!.start < paragraph.end; at++)
      if (mentions[at]!.end <= paragraph.end) inside.push(mentions[at]!);
    // One field of the data after another, each ended by a character no field holds.
    // Joined, not appended to, so that it is one flat string: compared on every analysis, it is then not copied first.
    const fields = [date ?? ''];
    for (const { start, end, entity, known, nested, alias } of inside)
      fields.push(
        `${start - paragraph.start}\u0002${end - paragraph.start}\u0002${entity.id}\u0002${entity.type}\u0002${entity.name}\u0002${alias?.form ?? ''}\u0002${known ? 1 : 0}${nested ? 1 : 0}`,
      );
    return { fingerprint: fields.join('\u0001'), data: () => dataOf(paragraph, inside, date) };
  };
}

function dataOf(
  paragraph: ParagraphSpan,
  inside: readonly Mention[],
  documentDate: string | undefined,
): AttachePluginData {
  let lines: LineIndex | undefined;
  const pointAt = (offset: number): Point => {
    lines ??= new LineIndex(paragraph.text);
    const { line, character } = lines.positionAt(offset);
    return { line: line + 1, column: character + 1, offset };
  };
  const mentions = inside.map((mention): AttacheMention => {
    const start = mention.start - paragraph.start;
    const end = mention.end - paragraph.start;
    return {
      start,
      end,
      text: paragraph.text.slice(start, end),
      position: { start: pointAt(start), end: pointAt(end) },
      entity: { id: mention.entity.id, name: mention.entity.name, kind: mention.entity.type },
      ...(mention.alias ? { form: mention.alias.form } : {}),
      known: mention.known !== undefined,
      nested: mention.nested === true,
    };
  });
  return documentDate === undefined ? { mentions } : { mentions, documentDate };
}
