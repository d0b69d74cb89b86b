import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, NavLink, Route, Routes } from 'react-router-dom';
import { applyLanguage } from './i18n';
import { useHost } from './host-context';
import { AlertBanner } from './components/AlertBanner';
import { EdgeGlow } from './components/EdgeGlow';
import { NoticeList } from './components/NoticeList';
import { OfferBanner } from './components/OfferBanner';
import { StatusBadge } from './components/StatusBadge';
import { AboutPage } from './pages/AboutPage';
import { BreaksPage } from './pages/BreaksPage';
import { CalibratePage } from './pages/CalibratePage';
import { PlayerPage } from './pages/PlayerPage';
import { CameraPage } from './pages/CameraPage';
import { DashboardPage } from './pages/DashboardPage';
import { SettingsPage } from './pages/SettingsPage';

function useThemeAndLanguage(): void {
  const { settings } = useHost();
  const { theme, language } = settings.general;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    void applyLanguage(language);
  }, [language]);
}

// Charts are the heaviest code in the app: loaded when History is first opened, not at start.
const HistoryPage = lazy(() => import('./pages/history/HistoryPage').then((m) => ({ default: m.HistoryPage })));

/** The screens in navigation order (also the keyboard tab order). */
const SCREENS = [
  { path: '/', label: 'nav.dashboard' },
  { path: '/breaks', label: 'nav.breaks' },
  { path: '/history', label: 'nav.history' },
  { path: '/calibrate', label: 'nav.calibrate' },
  { path: '/camera', label: 'nav.camera' },
  { path: '/settings', label: 'nav.settings' },
  { path: '/about', label: 'nav.about' },
] as const;

export function App() {
  const { t } = useTranslation();
  const { info, state } = useHost();
  useThemeAndLanguage();
  return (
    <HashRouter>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <img src="./icons/app-icon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {SCREENS.map(({ path, label }) => (
              <li key={path}>
                <NavLink to={path} end={path === '/'}>
                  {t(label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <StatusBadge />
      </header>
      <NoticeList />
      <AlertBanner />
      <OfferBanner />
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/breaks" element={<BreaksPage />} />
          <Route
            path="/history"
            element={
              <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
                <HistoryPage />
              </Suspense>
            }
          />
          <Route path="/player/:routineId" element={<PlayerPage />} />
          <Route path="/calibrate" element={<CalibratePage />} />
          <Route path="/camera" element={<CameraPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/about" element={<AboutPage />} />
          <Route path="*" element={<DashboardPage />} />
        </Routes>
      </main>
      {/* The desktop app glows every display from overlay windows; in a browser, the page glows. */}
      {info.kind === 'web' && <EdgeGlow level={state.alert.glow} />}
    </HashRouter>
  );
}
