/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The language of the content being rendered, which differs from the page locale for a fallback. */
		contentLocale?: string;
	}
}
