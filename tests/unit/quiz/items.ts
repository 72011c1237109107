import type { QuizItem } from '../../../src/lib/quiz/types.ts';

const base = { prompt: 'A question?', explanation: 'Because.', source: 'UDHR Art. 21' };

/** One item of every type, shaped as the content model describes them. */
export const ITEMS = {
	single: { ...base, id: 'capital', type: 'single', choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], answer: 'a' },
	scenario: { ...base, id: 'rice', type: 'scenario', scenario: 'A story.', choices: [{ id: 'free', text: 'Free' }, { id: 'paid', text: 'Paid' }], answer: 'free' },
	multiple: {
		...base,
		id: 'reasons',
		type: 'multiple',
		choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }],
		answer: ['a', 'c'],
	},
	truefalse: { ...base, id: 'earn-rights', type: 'truefalse', answer: false },
	ordering: {
		...base,
		id: 'cycle',
		type: 'ordering',
		choices: [{ id: 'voting', text: 'Voting' }, { id: 'registration', text: 'Registration' }, { id: 'counting', text: 'Counting' }],
		answer: ['registration', 'voting', 'counting'],
	},
	matching: {
		...base,
		id: 'principles',
		type: 'matching',
		pairs: [{ id: 'all-adults', text: 'All adults vote' }, { id: 'one-vote', text: 'One vote each' }],
		choices: [{ id: 'universal', text: 'universal' }, { id: 'equal', text: 'equal' }, { id: 'secret', text: 'secret' }],
		answer: { 'all-adults': 'universal', 'one-vote': 'equal' },
	},
	short: { ...base, id: 'year', type: 'short', accept: ['1948'] },
} satisfies Record<string, QuizItem>;
