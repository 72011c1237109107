let count = 0;

/** An id for a figure's description that no other figure of the build uses. */
export function nextFigureId(): string {
	return `figure-${++count}`;
}
