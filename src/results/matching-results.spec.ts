import { PlacementKind, TargetGroup } from '../clauses/clause.types';
import { NotHiredReason } from '../matching/matching.types';
import { AgeBand, Gender } from '../reporting/reporting.types';
import { assembleMatching, classifyReferral, JobbpartnerMeasure, MatchingRows, ReferralRow } from './matching-results';

const referral = (kind: PlacementKind, targetGroup: TargetGroup, ageBand: AgeBand, establishmentProgramme = false) =>
  classifyReferral({ kind, targetGroup, ageBand, establishmentProgramme });

describe('the Jobbpartner measure of a referral', () => {
  it('counts employment and summer jobs as jobs, APL as APL places and extra jobs as extra jobs, whoever is referred', () => {
    for (const group of Object.values(TargetGroup)) {
      for (const band of Object.values(AgeBand)) {
        expect(referral(PlacementKind.Employment, group, band)).toBe(JobbpartnerMeasure.Jobs);
        expect(referral(PlacementKind.SummerJob, group, band, true)).toBe(JobbpartnerMeasure.Jobs);
        expect(referral(PlacementKind.Apl, group, band)).toBe(JobbpartnerMeasure.AplPlaces);
        expect(referral(PlacementKind.ExtraJob, group, band)).toBe(JobbpartnerMeasure.ExtraJobsYoungNewcomers);
      }
    }
  });

  it('splits internships of newcomers at 30: 16–29 young, 30–49 and 50+ adult', () => {
    expect(referral(PlacementKind.Internship, TargetGroup.Newcomer, AgeBand.From16To19)).toBe(JobbpartnerMeasure.InternshipsYoungNewcomers);
    expect(referral(PlacementKind.Internship, TargetGroup.Newcomer, AgeBand.From20To24)).toBe(JobbpartnerMeasure.InternshipsYoungNewcomers);
    expect(referral(PlacementKind.Internship, TargetGroup.Newcomer, AgeBand.From25To29)).toBe(JobbpartnerMeasure.InternshipsYoungNewcomers);
    expect(referral(PlacementKind.Internship, TargetGroup.Newcomer, AgeBand.From30To49)).toBe(JobbpartnerMeasure.InternshipsAdultNewcomers);
    expect(referral(PlacementKind.Internship, TargetGroup.Newcomer, AgeBand.From50)).toBe(JobbpartnerMeasure.InternshipsAdultNewcomers);
  });

  it('takes anyone in the establishment programme as a newcomer, whatever the target group', () => {
    expect(referral(PlacementKind.Internship, TargetGroup.LongTermUnemployed, AgeBand.From20To24, true)).toBe(
      JobbpartnerMeasure.InternshipsYoungNewcomers,
    );
    expect(referral(PlacementKind.Internship, TargetGroup.ForeignBornWomen, AgeBand.From50, true)).toBe(JobbpartnerMeasure.InternshipsAdultNewcomers);
  });

  it('puts internships of the other target groups, outside the programme, in OTHER', () => {
    for (const group of Object.values(TargetGroup).filter((g) => g !== TargetGroup.Newcomer)) {
      expect(referral(PlacementKind.Internship, group, AgeBand.From16To19)).toBe(JobbpartnerMeasure.Other);
      expect(referral(PlacementKind.Internship, group, AgeBand.From30To49)).toBe(JobbpartnerMeasure.Other);
    }
  });
});

describe('assembling the matching figures', () => {
  const row = (over: Partial<ReferralRow>): ReferralRow => ({
    kind: PlacementKind.Internship, target_group: TargetGroup.Newcomer, gender: Gender.Woman, age_band: AgeBand.From20To24,
    establishment_programme: false, unit: null, not_hired_reason: null, member_id: null, member_name: null, member_org_number: null,
    referred: 0, interviewed: 0, offered: 0, filled: 0, not_hired: 0, ...over,
  });
  const empty: MatchingRows = {
    referrals: [], vacancies: [], daysToHire: undefined, placementShare: undefined, agreements: [], eventTotals: undefined, attendance: [], eventMembers: [],
  };

  it('lists every measure, gender, age band, programme and reason with zeros when nothing happened', () => {
    const { jobbpartner, matching } = assembleMatching(empty);
    expect(jobbpartner.measures.map((m) => m.measure)).toEqual(Object.values(JobbpartnerMeasure));
    expect(jobbpartner.measures[0].byGender).toHaveLength(Object.values(Gender).length);
    expect(jobbpartner.measures[0].byAgeBand).toHaveLength(Object.values(AgeBand).length);
    expect(jobbpartner.measures[0].byEstablishmentProgramme).toEqual([
      { establishmentProgramme: true, offered: 0, filled: 0 },
      { establishmentProgramme: false, offered: 0, filled: 0 },
    ]);
    expect(matching.notHiredByReason).toHaveLength(Object.values(NotHiredReason).length);
    expect(matching.daysToHire).toEqual({ hires: 0, median: null, mean: null });
    expect(matching.shareThroughMatching).toBe(0);
    expect(matching.byMember).toEqual([]);
  });

  it('sums the rows of one measure into its splits, and the share of placements to three decimals', () => {
    const { jobbpartner, matching } = assembleMatching({
      ...empty,
      referrals: [
        row({ offered: '2', filled: '1', referred: '3' }),
        row({ gender: Gender.Man, age_band: AgeBand.From50, offered: 1 }),
        row({ establishment_programme: true, gender: Gender.Man, offered: 1, filled: 1 }),
        row({ not_hired_reason: NotHiredReason.DidNotAttend, not_hired: '2', referred: 2, unit: 'Fastighetskontoret' }),
      ],
      placementShare: { filled: '3', through_matching: '1' },
      daysToHire: { hires: '2', median: '10.5', mean: '10.5' },
    });
    const young = jobbpartner.measures.find((m) => m.measure === JobbpartnerMeasure.InternshipsYoungNewcomers)!;
    expect({ offered: young.offered, filled: young.filled }).toEqual({ offered: 3, filled: 2 });
    expect(young.byGender.find((g) => g.gender === Gender.Man)).toEqual({ gender: Gender.Man, offered: 1, filled: 1 });
    expect(young.byEstablishmentProgramme).toEqual([
      { establishmentProgramme: true, offered: 1, filled: 1 },
      { establishmentProgramme: false, offered: 2, filled: 1 },
    ]);
    expect(jobbpartner.measures.find((m) => m.measure === JobbpartnerMeasure.InternshipsAdultNewcomers)!.offered).toBe(1);
    expect(matching.notHiredByReason.find((r) => r.reason === NotHiredReason.DidNotAttend)!.count).toBe(2);
    expect(matching.shareThroughMatching).toBe(0.333);
    expect(matching.daysToHire).toEqual({ hires: 2, median: 10.5, mean: 10.5 });
    expect(matching.byUnit.map((u) => u.unit)).toEqual(['Fastighetskontoret', null]);
  });
});
