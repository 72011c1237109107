import type { ItemKey } from '../../lib/quiz/types.ts';

/** lang and dir for text whose language differs from the page's (a fallback). */
export type LangAttrs = { lang?: string; dir?: 'ltr' | 'rtl' };

/** A lesson as the progress page shows it, with what it needs to recompute mastery. */
export interface CourseLesson {
	id: string;
	title: string;
	attrs: LangAttrs;
	url: string;
	keys: ItemKey[];
	share: number;
}

/** A module with its lessons in order. */
export interface CourseModule {
	id: string;
	title: string;
	attrs: LangAttrs;
	url: string;
	lessons: CourseLesson[];
}
