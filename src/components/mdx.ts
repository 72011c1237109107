import Activity from './Activity.astro';
import Alternative from './Alternative.astro';
import Debrief from './Debrief.astro';
import Figure from './Figure.astro';
import ReadMore from './ReadMore.astro';
import Steps from './Steps.astro';
import TeacherNote from './TeacherNote.astro';
import Term from './Term.astro';

/** The named components lessons and teacher guides may use without importing them. */
export const mdxComponents = { Activity, Alternative, Debrief, Figure, ReadMore, Steps, TeacherNote, Term };
