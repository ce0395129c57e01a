// Activities, positions and easing factors a client names (what they do, what aggravates, what eases).
import { vocabulary } from './vocabulary.ts';

export type ActivityKind = 'activity' | 'position' | 'easing';
const a = (label: string, kind: ActivityKind = 'activity') => ({ label, kind });

export const ACTIVITIES = vocabulary('activity', {
  prolonged_sitting: a('Sitting for long periods', 'position'),
  prolonged_standing: a('Standing for long periods', 'position'),
  lying_prone: a('Lying on the front', 'position'),
  lying_supine: a('Lying on the back', 'position'),
  side_lying: a('Lying on the side', 'position'),
  sleeping: a('Sleeping', 'position'),
  computer_work: a('Computer work'),
  phone_use: a('Using a phone or tablet'),
  reading: a('Reading'),
  driving: a('Driving'),
  walking: a('Walking'),
  running: a('Running'),
  cycling: a('Cycling'),
  swimming: a('Swimming'),
  stairs: a('Climbing stairs'),
  squatting: a('Squatting'),
  kneeling: a('Kneeling'),
  bending: a('Bending forward'),
  lifting: a('Lifting'),
  carrying: a('Carrying'),
  twisting: a('Twisting'),
  overhead_work: a('Working with arms overhead'),
  overhead_reaching: a('Reaching overhead'),
  reaching_behind_back: a('Reaching behind the back'),
  pushing_pulling: a('Pushing or pulling'),
  gripping: a('Gripping'),
  typing: a('Typing'),
  gardening: a('Gardening'),
  housework: a('Housework'),
  childcare: a('Lifting and caring for children'),
  manual_labour: a('Manual labour'),
  sport: a('Sport'),
  golf: a('Golf'),
  tennis: a('Tennis'),
  dancing: a('Dancing'),
  yoga: a('Yoga'),
  getting_up_from_chair: a('Getting up from a chair'),
  dressing: a('Dressing'),
  coughing_sneezing: a('Coughing or sneezing'),
  rest: a('Rest', 'easing'),
  heat: a('Heat', 'easing'),
  cold: a('Cold', 'easing'),
  movement: a('Gentle movement', 'easing'),
  stretching: a('Stretching', 'easing'),
  massage: a('Massage', 'easing'),
  lying_down: a('Lying down', 'easing'),
  changing_position: a('Changing position', 'easing'),
  medication: a('Pain medication', 'easing'),
});
export type Activity = (typeof ACTIVITIES.ids)[number];

/** Functional status levels used by activity goals ("overhead reaching: painful → pain free"). Ordered worst to best. */
export const FUNCTIONAL_STATUS = vocabulary('functional status', {
  unable: { label: 'Unable', rank: 0 },
  painful: { label: 'Possible but painful', rank: 1 },
  limited: { label: 'Possible with limits', rank: 2 },
  pain_free: { label: 'Pain free', rank: 3 },
});
export type FunctionalStatus = (typeof FUNCTIONAL_STATUS.ids)[number];
