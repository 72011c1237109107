import ar from '../../i18n/ar.json' with { type: 'json' };
import en from '../../i18n/en.json' with { type: 'json' };

/** Interface strings per locale: flat keys, plural forms as key_one, key_other and so on. */
export const STRINGS: Record<string, Record<string, string>> = { en, ar };
