/**
 * A book as the PDF stage sees it: the input of one language, its validated metadata, the
 * anchors of its chapters and activities, and its chapters prepared as sanitized, linked hast.
 */
import type { Root } from 'hast';
import { z } from 'zod';
import { markdownToHast, rewriteImageSources } from './chapter.js';
import { assignHeadingIds, linkActivityMentions, rewriteLinks, type BookHeading, type LinkTargets } from './links.js';

/** One language's book, in memory, as the merge stage hands it over. */
export interface BookInput {
  /** BCP 47 folder code, e.g. `en`, `zh-Hant`, `zh-Hant-HK`; also part of the file name. */
  lang: string;
  /** Value for `<html lang>` and the PDF `/Lang`. */
  htmlLang: string;
  /** The translated `handbook/metadata.json`; validated by `parseBookMetadata`. */
  metadata: unknown;
  /** Chapters in book order; `path` is relative to `handbook/` with `/` separators. */
  chapters: Array<{ path: string; markdown: string }>;
  /** Absolute path of `handbook/`; images are served from here only. */
  assetsDir: string;
}

const metadataSchema = z.object({
  title: z.string().optional(),
  subtitle: z.string().optional(),
  version: z.string().optional(),
  ui: z
    .object({
      language: z.string().optional(),
      contents: z.string().optional(),
      page: z.string().optional(),
      version: z.string().optional(),
      goal: z.string().optional(),
      roles: z.string().optional(),
    })
    .optional(),
  activities: z
    .array(
      z.object({
        id: z.string(),
        name: z.string().optional(),
        path: z.string().optional(),
        slug: z.string().optional(),
      }),
    )
    .optional(),
});

/** The metadata fields the PDF stage uses (cover, running footer, internal links), with defaults filled in. */
export interface BookMetadata {
  /** Book title (cover, PDF `/Title`). */
  title: string;
  /** Subtitle, or empty. */
  subtitle: string;
  /** Version string, or empty. */
  version: string;
  /** UI words in the book's language. */
  ui: { language: string; contents: string; page: string; version: string };
  /** Activities that internal links can point at. */
  activities: Array<{ id: string; name: string; path: string; slug: string }>;
}

/**
 * Parse the (translated) metadata, tolerating missing optional fields. The result always has a
 * title, a page label containing `{page}` (English default otherwise), and only activities
 * with both `path` and `slug`.
 *
 * @param fallbackTitle Title to use when the metadata has none.
 * @throws Error naming the failing field when the shape is wrong.
 */
export function parseBookMetadata(value: unknown, fallbackTitle: string): BookMetadata {
  const parsed = metadataSchema.safeParse(value ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid metadata at \`${issue?.path.join('.') ?? ''}\`: ${issue?.message ?? 'unknown'}`);
  }
  const data = parsed.data;
  const page = data.ui?.page;
  return {
    title: data.title ?? fallbackTitle,
    subtitle: data.subtitle ?? '',
    version: data.version ?? '',
    ui: {
      language: data.ui?.language ?? '',
      contents: data.ui?.contents ?? 'Contents',
      page: page !== undefined && page.includes('{page}') ? page : 'Page {page} of {pages}',
      version: data.ui?.version ?? 'Version',
    },
    activities: (data.activities ?? []).flatMap((activity) =>
      activity.path !== undefined && activity.slug !== undefined
        ? [{ id: activity.id, name: activity.name ?? activity.id, path: activity.path, slug: activity.slug }]
        : [],
    ),
  };
}

/**
 * The anchor id of a chapter's first heading, e.g. `ch-40-goals-usage` for
 * `40_goals/usage.md`: it depends only on the path, never on translated text, so it is the
 * same in every language, and holds only `[a-z0-9-]`.
 */
export function getChapterId(path: string): string {
  const stem = path.replace(/\.(md|markdown)$/i, '');
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `ch-${slug === '' ? 'chapter' : slug}`;
}

/**
 * Build the anchor tables of a book: an activity's anchor is `activity-<slug>`, any other
 * chapter's is `getChapterId(path)`. Activities whose file is not among the chapters get no
 * anchor, so links to them are left as they are.
 *
 * @param paths Chapter paths in book order.
 */
export function getLinkTargets(paths: readonly string[], metadata: BookMetadata): LinkTargets {
  const present = new Set(paths);
  const byPath = new Map<string, string>(paths.map((path) => [path, getChapterId(path)]));
  const bySlug = new Map<string, string>();
  const byActivityId = new Map<string, string>();
  for (const activity of metadata.activities) {
    if (!present.has(activity.path) || !/^[A-Za-z0-9_-]+$/.test(activity.slug)) continue;
    const anchor = `activity-${activity.slug.toLowerCase()}`;
    byPath.set(activity.path, anchor);
    bySlug.set(activity.slug, anchor);
    byActivityId.set(activity.id, anchor);
  }
  return { byPath, bySlug, byActivityId };
}

/** A book ready to be laid out: chapters as sanitized hast and their headings. */
export interface PreparedBook {
  /** Chapters in book order. */
  chapters: Array<{ path: string; id: string; tree: Root }>;
  /** Every heading of the book in order (the outline). */
  headings: BookHeading[];
  /** Headings listed in the table of contents (ranks 1 and 2). */
  toc: BookHeading[];
}

/**
 * Convert, sanitize and link every chapter, without I/O and in book order. Heading ids are
 * unique across the book because each chapter's ids start with its own anchor; footnote ids
 * carry a per-chapter prefix (`c<index>-`).
 *
 * @param chapters Chapters in book order with paths relative to `handbook/`.
 * @throws Error naming the chapter when one fails to convert.
 */
export function prepareBook(chapters: ReadonlyArray<{ path: string; markdown: string }>, metadata: BookMetadata): PreparedBook {
  const targets = getLinkTargets(
    chapters.map((chapter) => chapter.path),
    metadata,
  );
  const prepared: PreparedBook = { chapters: [], headings: [], toc: [] };
  chapters.forEach((chapter, index) => {
    try {
      const tree = markdownToHast(chapter.markdown, `c${index + 1}-`);
      const id = targets.byPath.get(chapter.path) ?? getChapterId(chapter.path);
      rewriteLinks(tree, chapter.path, targets);
      linkActivityMentions(tree, targets);
      rewriteImageSources(tree, chapter.path);
      const headings = assignHeadingIds(tree, id);
      prepared.chapters.push({ path: chapter.path, id, tree });
      prepared.headings.push(...headings);
    } catch (error) {
      throw new Error(`Cannot convert chapter ${chapter.path}: ${String(error)}`, { cause: error });
    }
  });
  prepared.toc = prepared.headings.filter((heading) => heading.rank <= 2);
  return prepared;
}
