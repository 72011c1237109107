import { useState } from 'preact/hooks';
import type { Profile } from '../lib/progress/records.ts';
import type { Translate } from './strings.ts';

interface Props {
	profiles: Profile[];
	activeId: string;
	t: Translate;
	onSwitch(id: string): void;
	/** Where learners are added and managed; omitted on the page that does it. */
	manageUrl?: string;
}

/** The name a profile is shown by; the one kept from before profiles existed has none. */
export function profileName(profile: Profile, t: Translate): string {
	return profile.name || t('profile.unnamed');
}

/** Who is answering, and a switch to another learner in two taps: "Change learner", then a name. */
export function ProfileSwitcher({ profiles, activeId, t, onSwitch, manageUrl }: Props) {
	const [open, setOpen] = useState(false);
	const active = profiles.find((p) => p.id === activeId);
	return (
		<div class="profile-switcher">
			<p>
				{t('profile.answeringAs')} <strong>{active ? profileName(active, t) : ''}</strong>{' '}
				<button type="button" class="quiz-link" aria-expanded={open} aria-controls="profile-list" onClick={() => setOpen(!open)}>
					{t('profile.change')}
				</button>
			</p>
			<div id="profile-list" hidden={!open}>
				<ul class="profile-list">
					{profiles.map((p) => (
						<li key={p.id}>
							<button
								type="button"
								class="quiz-button quiz-button--quiet"
								aria-pressed={p.id === activeId}
								onClick={() => {
									setOpen(false);
									if (p.id !== activeId) onSwitch(p.id);
								}}
							>
								{profileName(p, t)}
							</button>
						</li>
					))}
				</ul>
				{manageUrl && <a href={`${manageUrl}#learners`}>{t('profile.manage')}</a>}
			</div>
		</div>
	);
}
