import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { StatementPreview } from '../../src-shared/contract';
import StatementImport from '../../src-renderer/src/components/StatementImport.svelte';
import ReconcileForm from '../../src-renderer/src/forms/ReconcileForm.svelte';
import { ACCOUNT_ID, fakeApi, withApi } from './fake-api';

const account = { accountId: ACCOUNT_ID, currency: 'EUR', name: 'Giro', openingDate: '2024-01-01' };
const eur = (minor: number) => ({ minor, currency: 'EUR' });

const line = (
  index: number,
  minor: number,
  status: StatementPreview['lines'][number]['status'],
  reason: StatementPreview['lines'][number]['reason'] = null,
) => ({
  index,
  fileLine: index + 2,
  valueDate: '2024-03-0' + (index + 1),
  amount: eur(minor),
  payee: `Payee ${index}`,
  description: null,
  status,
  reason,
  likelyDuplicateOf: null,
});

const preview = (over: Partial<StatementPreview> = {}): StatementPreview => ({
  batchId: null,
  format: 'csv',
  counts: { new: 1, duplicates: 1, attention: 1, refused: 0 },
  lines: [line(0, -1050, 'new'), line(1, 2000, 'duplicate'), line(2, -4250, 'attention', 'likely_duplicate')],
  statementBalance: { amount: eur(100000), date: '2024-03-31' },
  difference: eur(-4250),
  openingDateMovedTo: null,
  notes: [],
  csv: null,
  position: 5,
  ...over,
});

function csvFile(text = 'date,amount\n2024-03-01,-10.50\n') {
  return new File([text], 'bank.csv', { type: 'text/csv' });
}

async function choose(file: File) {
  const input = screen.getByLabelText('Statement file') as HTMLInputElement;
  await fireEvent.change(input, { target: { files: [file] } });
}

describe('statement import', () => {
  it('previews every line with its status, keeps a chosen likely duplicate, imports, undoes', async () => {
    const committed = preview({
      batchId: 'batch-1',
      counts: { new: 2, duplicates: 1, attention: 0, refused: 0 },
      difference: eur(0),
    });
    const api = fakeApi({
      previewStatement: () => ({ ok: true, value: preview() }),
      commitStatement: () => ({ ok: true, value: committed }),
      undoImport: () => ({ ok: true, value: { batchId: 'batch-1', reversed: 2, position: 9 } }),
    });
    let changed = 0;
    render(StatementImport, { props: { account, onchanged: () => changed++ }, context: withApi(api) });
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
    await choose(csvFile());

    const table = await screen.findByRole('table', { name: 'Statement lines' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]!.textContent).toContain('-€10.50');
    expect(rows[0]!.textContent).toContain('New');
    expect(rows[1]!.textContent).toContain('Duplicate');
    expect(rows[2]!.textContent).toContain('Needs attention');
    expect(screen.getByTestId('import-summary').textContent).toContain(
      '1 new · 1 duplicate · 1 needing attention · 0 refused',
    );
    expect(screen.getByTestId('import-balance').textContent).toContain('Difference: -€42.50');

    // Keeping the likely duplicate counts it in, and the difference follows.
    await fireEvent.click(screen.getByRole('checkbox', { name: /Import it anyway/ }));
    expect(screen.getByTestId('import-balance').textContent).toContain('Reconciled');
    const importButton = screen.getByRole('button', { name: 'Import 2' });
    await fireEvent.click(importButton);
    await screen.findByTestId('import-result');
    const commit = api.calls.find((c) => c.name === 'commitStatement')!.input as Record<string, unknown>;
    expect(commit).toMatchObject({ accountId: ACCOUNT_ID, fileName: 'bank.csv', keep: [2] });
    expect(typeof commit.contentBase64).toBe('string');
    expect(atob(commit.contentBase64 as string)).toBe('date,amount\n2024-03-01,-10.50\n');
    expect(screen.getByTestId('import-result').textContent).toContain('Imported 2 movements');
    expect(screen.getByTestId('import-reconciled').textContent).toContain('Reconciled');
    expect(changed).toBe(1);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Done' })));

    await fireEvent.click(screen.getByRole('button', { name: 'Undo import' }));
    await screen.findByTestId('import-undone');
    expect(api.calls.at(-1)).toMatchObject({ name: 'undoImport', input: { batchId: 'batch-1' } });
    expect(changed).toBe(2);
  });

  it('all duplicates: Import stays disabled and says there is nothing new', async () => {
    const api = fakeApi({
      previewStatement: () => ({
        ok: true,
        value: preview({
          counts: { new: 0, duplicates: 1, attention: 0, refused: 0 },
          lines: [line(0, -1050, 'duplicate')],
        }),
      }),
    });
    render(StatementImport, { props: { account }, context: withApi(api) });
    await choose(csvFile());
    await screen.findByTestId('import-nothing');
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("a refused file shows the core's message and that nothing was written", async () => {
    const api = fakeApi({
      previewStatement: () => ({
        ok: false,
        error: {
          code: 'io',
          reason: 'statement_unreadable',
          message: 'Line 3 (Document/BkToCstmrStmt): the file ends early',
        },
      }),
    });
    render(StatementImport, { props: { account }, context: withApi(api) });
    await choose(new File(['<Document>'], 'broken.xml'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Line 3 (Document/BkToCstmrStmt): the file ends early');
    expect(alert.textContent).toContain('Nothing was written.');
    expect(screen.queryByRole('table')).toBeNull();
    expect(api.calls.filter((c) => c.name === 'commitStatement')).toHaveLength(0);
  });

  it('an empty file is refused before anything is sent', async () => {
    const api = fakeApi();
    render(StatementImport, { props: { account }, context: withApi(api) });
    await choose(new File([], 'empty.csv'));
    expect((await screen.findByRole('alert')).textContent).toContain('empty.csv is empty');
    expect(api.calls).toHaveLength(0);
  });

  it('lines before the opening date need the choice to move it before Import is enabled', async () => {
    const api = fakeApi({
      previewStatement: () => ({
        ok: true,
        value: preview({
          counts: { new: 1, duplicates: 0, attention: 0, refused: 0 },
          lines: [{ ...line(0, 500, 'new', 'before_opening'), valueDate: '2023-12-30' }],
          openingDateMovedTo: '2023-12-30',
        }),
      }),
      commitStatement: () => ({ ok: true, value: preview({ batchId: 'b' }) }),
    });
    render(StatementImport, { props: { account }, context: withApi(api) });
    await choose(csvFile());
    const button = await screen.findByRole('button', { name: 'Import 1' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByRole('checkbox', { name: /Move the opening date back/ }));
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await fireEvent.click(button);
    await waitFor(() => expect(api.calls.some((c) => c.name === 'commitStatement')).toBe(true));
    const commit = api.calls.find((c) => c.name === 'commitStatement')!.input as { options: unknown };
    expect(commit.options).toMatchObject({ moveOpeningDate: true });
  });
});

describe('statement import: CSV columns', () => {
  it('shows the detected mapping and previews again with the column the user picks', async () => {
    const csv = {
      columns: ['Day', 'Sum', 'Who', 'Text'],
      map: { date: 'Day', amount: 'Sum', payee: 'Who' },
      dateFormat: 'YYYY-MM-DD',
      decimal: '.',
      delimiter: ',',
      encoding: 'utf-8',
      profile: null,
    };
    const api = fakeApi({ previewStatement: () => ({ ok: true, value: preview({ csv }) }) });
    render(StatementImport, { props: { account }, context: withApi(api) });
    await choose(csvFile());
    const description = (await screen.findByLabelText('Description')) as HTMLSelectElement;
    expect((screen.getByLabelText('Date') as HTMLSelectElement).value).toBe('Day');
    expect((screen.getByLabelText('Payee') as HTMLSelectElement).value).toBe('Who');
    expect(description.value).toBe('');
    await fireEvent.change(description, { target: { value: 'Text' } });
    await waitFor(() => expect(api.calls.filter((c) => c.name === 'previewStatement')).toHaveLength(2));
    const second = api.calls.at(-1)!.input as { options: { map: unknown } };
    expect(second.options.map).toEqual({ date: 'Day', amount: 'Sum', payee: 'Who', description: 'Text' });
  });
});

describe('statement import: CSV settings and profiles', () => {
  const csv = (over: Record<string, unknown> = {}) => ({
    columns: ['Tag', 'Betrag', 'Wer'],
    map: { date: 'Tag', amount: 'Betrag', payee: 'Wer' },
    dateFormat: 'DD.MM.YYYY',
    decimal: ',',
    delimiter: ';',
    encoding: 'utf-8',
    profile: 'Sparkasse',
    ...over,
  });
  const profile = (name: string) => ({
    name,
    map: { date: 'Tag', amount: 'Betrag' },
    dateFormat: 'DD.MM.YYYY',
    decimal: ',' as const,
    delimiter: ';',
    encoding: null,
  });

  it('each setting previews again at once; a profile can be picked; Import saves a new one', async () => {
    let lastOptions: Record<string, unknown> = {};
    const api = fakeApi({
      csvProfiles: () => ({ ok: true, value: [profile('Sparkasse'), profile('Old bank')] }),
      previewStatement: (input) => {
        lastOptions = (input as { options: Record<string, unknown> }).options;
        const o = lastOptions;
        return {
          ok: true,
          value: preview({
            csv: csv({
              ...(o.dateFormat ? { dateFormat: o.dateFormat } : {}),
              ...(o.decimal ? { decimal: o.decimal } : {}),
              ...(o.delimiter ? { delimiter: o.delimiter } : {}),
              ...(o.encoding ? { encoding: o.encoding } : {}),
              profile: o.profile ?? (o.map ? null : 'Sparkasse'),
            }),
          }),
        };
      },
      commitStatement: () => ({ ok: true, value: preview({ batchId: 'b-1', csv: csv() }) }),
    });
    render(StatementImport, { props: { account }, context: withApi(api) });
    await choose(csvFile());
    const profileSelect = (await screen.findByLabelText('Saved profile')) as HTMLSelectElement;
    // Nothing chosen: the core used the fitting saved profile, and says which.
    expect(within(profileSelect).getByRole('option', { name: 'Automatic: Sparkasse' })).toBeTruthy();
    expect(
      within(profileSelect)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Automatic: Sparkasse', 'Sparkasse', 'Old bank']);
    expect((screen.getByLabelText('Date format') as HTMLSelectElement).value).toBe('DD.MM.YYYY');
    expect((screen.getByLabelText('Decimal separator') as HTMLSelectElement).value).toBe(',');
    expect((screen.getByLabelText('Delimiter') as HTMLSelectElement).value).toBe(';');
    expect((screen.getByLabelText('Encoding') as HTMLSelectElement).value).toBe('utf-8');
    const previews = () => api.calls.filter((c) => c.name === 'previewStatement').length;
    // The first preview sends no CSV settings: the core decides (given > profile > detection).
    expect(lastOptions).toEqual({ moveOpeningDate: true });

    await fireEvent.change(screen.getByLabelText('Date format'), { target: { value: 'MM/DD/YYYY' } });
    await waitFor(() => expect(previews()).toBe(2));
    expect(lastOptions).toMatchObject({ dateFormat: 'MM/DD/YYYY' });
    await fireEvent.change(await screen.findByLabelText('Decimal separator'), { target: { value: '.' } });
    await waitFor(() => expect(previews()).toBe(3));
    expect(lastOptions).toMatchObject({ dateFormat: 'MM/DD/YYYY', decimal: '.' });
    await fireEvent.change(await screen.findByLabelText('Delimiter'), { target: { value: '\t' } });
    await waitFor(() => expect(previews()).toBe(4));
    expect(lastOptions).toMatchObject({ delimiter: '\t' });
    await fireEvent.change(await screen.findByLabelText('Encoding'), { target: { value: 'windows-1252' } });
    await waitFor(() => expect(previews()).toBe(5));
    expect(lastOptions).toMatchObject({ encoding: 'windows-1252', decimal: '.' });
    expect(((await screen.findByLabelText('Encoding')) as HTMLSelectElement).value).toBe('windows-1252');

    // Picking a profile: its settings apply, the ones changed by hand are dropped.
    await fireEvent.change(await screen.findByLabelText('Saved profile'), { target: { value: 'Old bank' } });
    await waitFor(() => expect(previews()).toBe(6));
    expect(lastOptions).toEqual({ moveOpeningDate: true, profile: 'Old bank' });

    await fireEvent.input(await screen.findByLabelText('Save as profile'), { target: { value: 'My bank' } });
    await fireEvent.click(screen.getByRole('button', { name: /^Import/ }));
    await screen.findByTestId('import-profile-saved');
    const commit = api.calls.find((c) => c.name === 'commitStatement')!.input as { options: unknown };
    expect(commit.options).toMatchObject({ profile: 'Old bank', saveProfile: 'My bank' });
    // The list is fetched again, with the new profile in it.
    expect(api.calls.filter((c) => c.name === 'csvProfiles')).toHaveLength(2);
  });

  it('a setting that does not read the file keeps the controls, shows why and holds Import', async () => {
    let n = 0;
    const api = fakeApi({
      previewStatement: () =>
        ++n === 1
          ? { ok: true, value: preview({ csv: csv({ profile: null }) }) }
          : {
              ok: false,
              error: {
                code: 'validation',
                reason: 'bad_line',
                message: 'Line 2: "03.01.2024" is not a date',
              },
            },
    });
    render(StatementImport, { props: { account }, context: withApi(api) });
    await choose(csvFile());
    await fireEvent.change(await screen.findByLabelText('Date format'), { target: { value: 'YYYY-MM-DD' } });
    expect((await screen.findByTestId('import-error')).textContent).toContain('is not a date');
    expect(screen.getByLabelText('Date format')).toBeTruthy();
    expect((screen.getByRole('button', { name: /^Import/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('reconcile form', () => {
  it('sends the signed balance and shows the refusal with the difference', async () => {
    const api = fakeApi({
      reconcile: () => ({
        ok: false,
        error: {
          code: 'domain',
          reason: 'not_reconciled',
          message:
            'The books hold 900.00 EUR on 2024-03-31, the statement -12.50 EUR: difference -912.50 EUR',
        },
      }),
    });
    render(ReconcileForm, { props: { account, locale: 'en-US' }, context: withApi(api) });
    await fireEvent.input(screen.getByLabelText('Statement date'), { target: { value: '2024-03-31' } });
    await fireEvent.input(screen.getByLabelText('Statement balance'), { target: { value: '-12.5' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Reconcile' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('difference -€912.50');
    expect(api.calls[0]!.input).toMatchObject({
      accountId: ACCOUNT_ID,
      date: '2024-03-31',
      balance: '-12.50',
    });
  });

  it('refuses an empty balance without sending', async () => {
    const api = fakeApi();
    render(ReconcileForm, { props: { account, locale: 'en-US' }, context: withApi(api) });
    await fireEvent.click(screen.getByRole('button', { name: 'Reconcile' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Enter the bank’s balance');
    expect(api.calls).toHaveLength(0);
  });
});
