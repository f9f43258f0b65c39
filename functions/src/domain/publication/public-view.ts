/**
 * What residents read of a published record (公示): projections that copy only the allowed fields, one by one —
 * never a contact's name or phone, who raised a need (`raisedBy`), members' names, who wrote a progress report, or
 * who published; of a resolution, never a person (no chair, recorder, attendee or delegate) and no unit's reserved view. A field added to a record stays private until it is added here (and to the allow-list of
 * tests/integration/public-fields.test.ts).
 */
import type { Need, NeedStatus } from '../lists/need';
import type { Project, ProjectProgress, ProjectStatus } from '../lists/project';
import { ratingAverage } from '../lists/project';
import type { Resource, ResourceType } from '../lists/resource';
import { MEETING_KIND_LABELS, type Meeting, type MeetingKind } from '../meetings/meeting';
import type { Resolution } from '../meetings/proceedings';
import type { RegionLevel } from '../regions/region';
import type { Publication } from './publication';

/** A region as anyone reads it; its published lists hang off it (resolved with its id). */
export interface PublicRegionView {
  id: string;
  name: string;
  level: RegionLevel;
}

export interface PublicNeedView {
  id: string;
  year: number;
  title: string;
  category: string;
  description: string | null;
  status: NeedStatus;
  communityName: string;
  wantedFrom: string | null;
  wantedUntil: string | null;
  publishedAt: string;
}

export interface PublicResourceView {
  id: string;
  year: number;
  title: string;
  type: ResourceType;
  description: string | null;
  quantity: number;
  quantityLeft: number;
  quantityUnit: string;
  unitName: string;
  availableFrom: string | null;
  availableUntil: string | null;
  publishedAt: string;
}

/** A published project; its progress is read on its own (only when asked: one query per project). */
export interface PublicProjectView {
  /** The region it belongs to, for reading its progress: not a field of the public type. */
  regionId: string;
  id: string;
  year: number;
  title: string;
  description: string | null;
  status: ProjectStatus;
  communityName: string;
  unitNames: string[];
  startsOn: string | null;
  targetOn: string | null;
  acceptedAt: string | null;
  acceptanceNote: string | null;
  volunteerSlots: number;
  slotsTaken: number;
  rating: { average: number | null; count: number };
  publishedAt: string;
}

export interface PublicFileView {
  name: string;
  contentType: string;
  url: string;
}

export interface PublicProgressView {
  at: string;
  note: string;
  files: PublicFileView[];
}

/** A published resolution (决议) of an approved meeting, with the meeting it was adopted at: no person, no reserved views. */
export interface PublicResolutionView {
  id: string;
  year: number;
  number: string;
  title: string;
  text: string;
  meetingTitle: string;
  meetingKind: MeetingKind;
  meetingKindLabel: string;
  /** The meeting's day in China (YYYY-MM-DD). */
  meetingDate: string;
  adoptedAt: string;
  publishedAt: string;
}

/** Unit names by id, as read in one batch for a page; a unit gone reads as an empty name. */
export type UnitNames = ReadonlyMap<string, string>;
const nameOf = (names: UnitNames, unitId: string | null | undefined): string => (unitId ? (names.get(unitId) ?? '') : '');

export const publicRegion = (region: PublicRegionView): PublicRegionView => ({ id: region.id, name: region.name, level: region.level });

export const publicNeed = (need: Need, names: UnitNames, publication: Publication): PublicNeedView => ({
  id: need.id,
  year: need.year,
  title: need.title,
  category: need.category,
  description: need.description,
  status: need.status,
  communityName: nameOf(names, need.communityUnitId),
  wantedFrom: need.wantedFrom,
  wantedUntil: need.wantedUntil,
  publishedAt: publication.publishedAt,
});

export const publicResource = (resource: Resource, names: UnitNames, publication: Publication): PublicResourceView => ({
  id: resource.id,
  year: resource.year,
  title: resource.title,
  type: resource.type,
  description: resource.description,
  quantity: resource.quantity,
  quantityLeft: Math.max(0, resource.quantityLeft),
  quantityUnit: resource.quantityUnit,
  unitName: nameOf(names, resource.unitId),
  availableFrom: resource.availableFrom,
  availableUntil: resource.availableUntil,
  publishedAt: publication.publishedAt,
});

/** `responsibleUnitIds`: the units responsible, the lead first (service.ts reads them). */
export const publicProject = (project: Project, responsibleUnitIds: readonly string[], names: UnitNames, publication: Publication): PublicProjectView => ({
  regionId: project.regionId,
  id: project.id,
  year: project.year,
  title: project.title,
  description: project.description,
  status: project.status,
  communityName: nameOf(names, project.communityUnitId),
  unitNames: responsibleUnitIds.map((unitId) => nameOf(names, unitId)).filter((name) => name !== ''),
  startsOn: project.startsOn,
  targetOn: project.targetOn,
  acceptedAt: project.acceptedAt,
  acceptanceNote: project.acceptanceNote,
  volunteerSlots: project.volunteerSlots,
  slotsTaken: project.slotsTaken,
  rating: { average: ratingAverage(project), count: project.ratingCount },
  publishedAt: publication.publishedAt,
});

/** A progress report without its author (`by`, `unitId`); its files by name and type with a download link. */
export const publicProgress = (progress: ProjectProgress, urls: readonly string[]): PublicProgressView => ({
  at: progress.at,
  note: progress.note,
  files: progress.files.map((file, i) => ({ name: file.name, contentType: file.contentType, url: urls[i]! })),
});

/** `meetingDate`: the meeting's start as a day in China (service.ts computes it with todayInChina). */
export const publicResolution = (
  resolution: Resolution,
  meeting: Pick<Meeting, 'title' | 'kind'>,
  meetingDate: string,
  publication: Publication,
): PublicResolutionView => ({
  id: resolution.id,
  year: publication.year,
  number: resolution.number,
  title: resolution.title,
  text: resolution.text,
  meetingTitle: meeting.title,
  meetingKind: meeting.kind,
  meetingKindLabel: MEETING_KIND_LABELS[meeting.kind],
  meetingDate,
  adoptedAt: resolution.adoptedAt,
  publishedAt: publication.publishedAt,
});
