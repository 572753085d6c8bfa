/**
 * What people write for the app's choice values, in German and English: gendered and not,
 * singular and plural, any case. A data table (tested) rather than rules scattered in parsers.
 */
import type { CustomerStatus, Segment } from '../../domain/account';
import type { Level } from '../../domain/team-member';

/** Every way a German role noun is written: Stammkunde, Stammkundin, Stammkund*in, -en, … */
function germanForms(stem: string, masculine: string): string[] {
  const singular = [`${stem}${masculine}`, `${stem}in`];
  const plural = [`${stem}en`, `${stem}innen`];
  const marked = ['*', ':', '_', '/'].flatMap((mark) => [
    `${stem}${mark}in`,
    `${stem}${mark}innen`,
    `${stem}${masculine}${mark}in`,
    `${stem}${masculine}${mark}-in`,
  ]);
  return [...singular, ...plural, ...marked, `${stem}${masculine}(in)`];
}

export const STATUS_WORDS: Record<CustomerStatus, readonly string[]> = {
  prospect: [...germanForms('interessent', ''), 'prospect', 'prospects', 'lead', 'leads'],
  new: [...germanForms('neukund', 'e'), 'new', 'new customer', 'new customers', 'new account'],
  existing: [
    ...germanForms('bestandskund', 'e'),
    'existing',
    'existing customer',
    'existing customers',
    'active',
    'customer',
  ],
  regular: [
    ...germanForms('stammkund', 'e'),
    'regular',
    'regular customer',
    'regular customers',
    'loyal',
  ],
};

const segmentForms = (s: Segment) => [
  s,
  `${s}-kunde`,
  `${s}-kunden`,
  `${s}-kund*in`,
  `${s}-kund*innen`,
  `${s}-kundin`,
  `segment ${s}`,
  `klasse ${s}`,
  `${s}-klasse`,
  `${s} customer`,
  `${s}-customer`,
  `class ${s}`,
];

export const SEGMENT_WORDS: Record<Segment, readonly string[]> = {
  A: segmentForms('A'),
  B: segmentForms('B'),
  C: segmentForms('C'),
};

export const LEVEL_WORDS: Record<Level, readonly string[]> = {
  junior: ['junior', 'jr', 'jr.', 'junior sales manager', 'junior sales managerin', 'juniors'],
  senior: ['senior', 'sr', 'sr.', 'senior sales manager', 'senior sales managerin', 'seniors'],
};

export const YES_WORDS = ['ja', 'j', 'yes', 'y', 'true', 'wahr', 'x', '1', '✓', '✔'];
export const NO_WORDS = ['nein', 'n', 'no', 'false', 'falsch', '0', ''];

/** How values are compared: case, outer and repeated spaces do not count. */
export const valueKey = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
