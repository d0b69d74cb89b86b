import type { HistoryExport } from '../../../core/history/history-store';

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Everything in one CSV: one row per day total and per event, with a column saying which. */
export function historyCsv(data: HistoryExport): string {
  const rows: (string | number)[][] = [
    ['record', 'when', 'kind', 'detail', 'good_ms', 'slouch_ms', 'away_ms', 'value'],
  ];
  for (const d of data.days) rows.push(['day', d.day, 'posture', '', d.good, d.slouch, d.away, '']);
  for (const h of data.slouchHours)
    rows.push([
      'slouch-hour',
      `${h.day}T${String(h.hour).padStart(2, '0')}`,
      'slouch',
      '',
      '',
      h.seconds * 1000,
      '',
      '',
    ]);
  for (const e of data.events)
    rows.push(['event', new Date(e.at).toISOString(), e.kind, e.detail, '', '', '', e.value]);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/** Hands a file to the browser's download (nothing leaves the machine). */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
