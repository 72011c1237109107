import type { QuizItem } from '../../lib/quiz/types.ts';
import { textOf, type InputProps } from './types.ts';

type OrderingItem = Extract<QuizItem, { type: 'ordering' }>;

/** Move one entry of a list to another position. */
function moved(order: string[], from: number, to: number): string[] {
	const next = [...order];
	next.splice(to, 0, ...next.splice(from, 1));
	return next;
}

/**
 * Put choices in order three ways: drag the handle (pointer or touch), the Move up and Move down
 * buttons (keyboard), or pick a position number from a native select. Every move is announced.
 */
export function OrderingInput({ item, layout, response, locked, idBase, t, onResponse, announce }: InputProps<OrderingItem>) {
	const order = Array.isArray(response) ? (response as string[]) : layout.choices;
	const place = (from: number, to: number, focus?: 'up' | 'down' | 'position') => {
		if (locked || to < 0 || to >= order.length || to === from) return;
		const id = order[from]!;
		onResponse(moved(order, from, to));
		announce(t('quiz.ordering.moved', { item: textOf(item.choices, id), position: to + 1, total: order.length }));
		if (focus) {
			// The row moves, so bring focus with it; at either end the other button stays usable.
			const edge = (focus === 'up' && to === 0) || (focus === 'down' && to === order.length - 1);
			const target = edge ? (focus === 'up' ? 'down' : 'up') : focus;
			requestAnimationFrame(() => document.getElementById(`${idBase}-${id}-${target}`)?.focus());
		}
	};

	const drag = (event: PointerEvent, from: number) => {
		if (locked || (event.pointerType === 'mouse' && event.button !== 0)) return;
		event.preventDefault();
		const handle = event.currentTarget as HTMLElement;
		const row = handle.closest('li')!;
		const list = row.parentElement!;
		let index = from;
		let current = order;
		// Listen on the window: re-ordering moves the row in the DOM, which ends any pointer capture.
		const move = (e: PointerEvent) => {
			if (e.pointerId !== event.pointerId) return;
			// Count the other rows above the pointer; the DOM may not show the last move yet, so no indexes.
			const rows = Array.from(list.children) as HTMLElement[];
			const to = rows.filter((other) => other !== row && other.getBoundingClientRect().top + other.offsetHeight / 2 < e.clientY).length;
			if (to === index) return;
			current = moved(current, index, to);
			index = to;
			onResponse(current);
		};
		const end = (e: PointerEvent) => {
			if (e.pointerId !== event.pointerId) return;
			removeEventListener('pointermove', move);
			removeEventListener('pointerup', end);
			removeEventListener('pointercancel', end);
			if (index !== from) announce(t('quiz.ordering.moved', { item: textOf(item.choices, current[index]!), position: index + 1, total: current.length }));
		};
		addEventListener('pointermove', move);
		addEventListener('pointerup', end);
		addEventListener('pointercancel', end);
	};

	return (
		<ol class="quiz-order">
			{order.map((id, i) => {
				const text = textOf(item.choices, id);
				return (
					<li key={id} data-choice={id}>
						<span class="quiz-handle" aria-hidden="true" title={t('quiz.ordering.drag')} onPointerDown={(e) => drag(e, i)}>
							⠿
						</span>
						<span class="quiz-order-text">{text}</span>
						<span class="quiz-order-controls">
							<select
								id={`${idBase}-${id}-position`}
								aria-label={t('quiz.ordering.position', { item: text })}
								value={String(i + 1)}
								disabled={locked}
								onChange={(e) => place(i, Number(e.currentTarget.value) - 1, 'position')}
							>
								{order.map((_, k) => (
									<option value={String(k + 1)} key={k}>
										{k + 1}
									</option>
								))}
							</select>
							<button type="button" id={`${idBase}-${id}-up`} aria-label={t('quiz.ordering.up', { item: text })} aria-disabled={locked || i === 0} onClick={() => place(i, i - 1, 'up')}>
								<span aria-hidden="true">↑</span>
							</button>
							<button type="button" id={`${idBase}-${id}-down`} aria-label={t('quiz.ordering.down', { item: text })} aria-disabled={locked || i === order.length - 1} onClick={() => place(i, i + 1, 'down')}>
								<span aria-hidden="true">↓</span>
							</button>
						</span>
					</li>
				);
			})}
		</ol>
	);
}
