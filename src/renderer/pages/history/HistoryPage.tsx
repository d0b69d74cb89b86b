import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistorySnapshot } from '../../../platform/history-contract';
import { historyExportSchema } from '../../../platform/history-contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useHost } from '../../host-context';
import { download, historyCsv } from './export-files';
import { Heatmap } from './Heatmap';
import { Check, IntegerField } from '../settings/fields';

function useHistory(): [HistorySnapshot | null, () => void] {
  const { api } = useHost();
  const [snapshot, setSnapshot] = useState<HistorySnapshot | null>(null);
  const refresh = useCallback(() => void api.getHistory().then(setSnapshot), [api]);
  useEffect(() => {
    refresh();
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Writes come every few seconds; redraw at most every two.
    const off = api.onHistoryChanged(() => {
      timer ??= setTimeout(() => {
        timer = null;
        refresh();
      }, 2000);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [api, refresh]);
  return [snapshot, refresh];
}

function DataOwnership({ refresh }: { refresh: () => void }) {
  const { t } = useTranslation();
  const { api, settings } = useHost();
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const stamp = new Date().toISOString().slice(0, 10);
  const importFile = async (file: File) => {
    try {
      const parsed = historyExportSchema.safeParse(JSON.parse(await file.text()));
      if (!parsed.success) throw new Error(t('history.importInvalid'));
      const added = await api.importHistory(parsed.data);
      setMessage(t('history.imported', { events: added.events, days: added.days }));
      refresh();
    } catch (error) {
      setMessage(t('history.importFailed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  return (
    <section className="card card-wide" aria-labelledby="card-data">
      <h2 id="card-data">{t('history.data')}</h2>
      <p className="hint">{t('history.dataHint')}</p>
      <IntegerField
        label={t('history.retention')}
        value={settings.history.retentionDays}
        min={30}
        max={3650}
        onChange={(retentionDays) => void api.updateSettings({ history: { retentionDays } })}
      />
      <Check
        label={t('history.weeklySummary')}
        checked={settings.history.weeklySummary}
        onChange={(weeklySummary) => void api.updateSettings({ history: { weeklySummary } })}
      />
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            void api
              .exportHistory()
              .then((data) => download(`stand-tall-history-${stamp}.json`, 'application/json', JSON.stringify(data)))
          }
        >
          {t('history.exportJson')}
        </button>
        <button
          type="button"
          onClick={() =>
            void api
              .exportHistory()
              .then((data) => download(`stand-tall-history-${stamp}.csv`, 'text/csv', historyCsv(data)))
          }
        >
          {t('history.exportCsv')}
        </button>
        <label className="button-link file-button">
          {t('history.import')}
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
              e.target.value = '';
            }}
          />
        </label>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('history.delete')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          question={t('history.confirmDelete')}
          confirm={t('history.deleteForGood')}
          cancel={t('history.cancel')}
          onConfirm={() =>
            void api.deleteHistory().then(() => {
              setConfirming(false);
              setMessage(t('history.deleted'));
              refresh();
            })
          }
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

/** How the last month's slouches went, by what each showed most, with the advice for the commonest. */
function SlouchKinds({ kinds }: { kinds: HistorySnapshot['slouchKinds'] }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="card-slouch-kinds">
      <h2 id="card-slouch-kinds">{t('history.kindsTitle')}</h2>
      {kinds.length === 0 ? (
        <p>{t('history.kindsNone')}</p>
      ) : (
        <>
          <p className="hint">{t('history.kindsHow')}</p>
          <ul>
            {kinds.map((k) => (
              <li key={k.signal}>
                {t('history.kind', {
                  count: k.episodes,
                  what: t(`dashboard.posture.signals.${k.signal}`),
                  minutes: k.minutes,
                })}
              </li>
            ))}
          </ul>
          <p>{t('history.kindsTip', { hint: t(`alerts.hints.${kinds[0]!.signal}`) })}</p>
        </>
      )}
    </section>
  );
}

/** Today at a glance, week and month charts, streaks, the slouch heatmap, and your data. */
export function HistoryPage() {
  const { t, i18n } = useTranslation();
  const { settings } = useHost();
  const [snapshot, refresh] = useHistory();
  if (!snapshot) return <p>{t('common.loading')}</p>;
  const today = snapshot.month.at(-1);
  const empty = snapshot.month.every(
    (d) => d.uprightMinutes + d.slouchMinutes === 0 && d.sessions === 0 && d.water === 0,
  );
  const label = (day: string) =>
    new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric' }).format(new Date(`${day}T12:00`));
  const chart = (days: HistorySnapshot['week'], id: string, title: string) => (
    <section className="card card-wide" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="chart" role="img" aria-label={t('history.chartLabel', { title })}>
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={days.map((d) => ({ ...d, label: label(d.day) }))}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar
              dataKey="uprightMinutes"
              name={t('history.upright')}
              stackId="m"
              fill="#1f6f5c"
              isAnimationActive={false}
            />
            <Bar
              dataKey="slouchMinutes"
              name={t('history.slouched')}
              stackId="m"
              fill="#c05a00"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
  return (
    <>
      <h1>{t('history.title')}</h1>
      {!snapshot.available ? <p role="alert">{t('history.unavailable', { problem: snapshot.problem ?? '' })}</p> : null}
      {empty ? <p className="hint">{t('history.empty')}</p> : null}
      <div className="cards">
        <section className="card" aria-labelledby="card-history-today">
          <h2 id="card-history-today">{t('history.today')}</h2>
          <p className="big-number">
            {today?.score === null || !today ? t('history.noScore') : t('history.score', { score: today.score })}
          </p>
          <p className="hint">{t('history.scoreHow')}</p>
          <ul>
            <li>{t('history.uprightMinutes', { count: today?.uprightMinutes ?? 0 })}</li>
            <li>{t('history.slouchMinutes', { count: today?.slouchMinutes ?? 0 })}</li>
            <li>{t('history.breaksTaken', { count: today?.breaksTaken ?? 0 })}</li>
            <li>{t('history.exercises', { count: today?.exercises ?? 0 })}</li>
            <li>{t('history.water', { count: today?.water ?? 0, goal: settings.hydration.dailyGoalGlasses })}</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="card-streaks">
          <h2 id="card-streaks">{t('history.streaks')}</h2>
          <ul>
            <li>{t('history.streakPosture', { count: snapshot.streaks.posture })}</li>
            <li>{t('history.streakMovement', { count: snapshot.streaks.movement })}</li>
            <li>{t('history.streakWater', { count: snapshot.streaks.water })}</li>
          </ul>
        </section>
        <SlouchKinds kinds={snapshot.slouchKinds} />
        {chart(snapshot.week, 'card-week', t('history.week'))}
        {chart(snapshot.month, 'card-month', t('history.month'))}
        <section className="card card-wide" aria-labelledby="card-heatmap">
          <h2 id="card-heatmap">{t('history.heatmapTitle')}</h2>
          <Heatmap data={snapshot.heatmap} />
        </section>
        <DataOwnership refresh={refresh} />
      </div>
    </>
  );
}
