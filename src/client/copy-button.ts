/** Puts text on the clipboard, with the old selection trick where the Clipboard API is refused. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		const copied = document.execCommand('copy');
		area.remove();
		return copied;
	}
}

/** `<copy-button>`: its button copies the text of its `<template>` and says so. */
class CopyButton extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		if (!button) return;
		const label = button.textContent ?? '';
		const text = this.querySelector('template')?.content.textContent ?? '';
		button.addEventListener('click', async () => {
			const copied = await copyText(text);
			button.textContent = copied ? '已复制' : '复制失败';
			setTimeout(() => (button.textContent = label), 2000);
		});
	}
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
