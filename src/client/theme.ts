// The theme toggle: flips the `dark` class on <html> and remembers the choice in localStorage.
// The inline script in BaseLayout applies the saved choice before first paint.

function save(theme: 'light' | 'dark') {
  try {
    localStorage.setItem('theme', theme);
  } catch {
    // Storage unavailable (private mode): the choice lasts for this page only.
  }
}

export function initThemeToggle() {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const sync = () => button.setAttribute('aria-pressed', String(document.documentElement.classList.contains('dark')));
    sync();
    button.addEventListener('click', () => {
      const dark = !document.documentElement.classList.contains('dark');
      document.documentElement.classList.toggle('dark', dark);
      save(dark ? 'dark' : 'light');
      sync();
    });
  }
}
