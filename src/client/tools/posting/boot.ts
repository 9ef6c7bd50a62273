// What the posting reader's page hands its script (src/pages/data/posting.astro, as JSON in #posting-data): the
// skills and their phrases, the milestones and their hours, the bands with their labels, the years ladder, the
// level names, the offer calculator's address and the example posting.
import type { BandLike } from '../../../lib/offer/compare';
import type { Rung } from '../../../lib/posting/warnings';

export interface PostingBoot {
  skills: { id: string; name: string; phrases: string[] }[];
  milestones: { id: string; hours: number; skills: string[] }[];
  bands: (BandLike & { levelLabel: string; source: string })[];
  ladder: Rung[];
  levels: Record<string, string>;
  offerUrl: string;
  example: string;
}
