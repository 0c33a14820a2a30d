import { enumValue, type VppToken } from 'graph-vpp-client';
import { requireElement } from './requireElement.js';
import {
  formatDate,
  formatDateTime,
  needsRenewal,
  syncStatusLabel,
  syncStatusOf,
} from './formatting.js';

/** The columns of the token table, in order. */
export const tokenColumns = [
  'Organization',
  'Account',
  'Apple ID',
  'Country',
  'State',
  'Expires',
  'Last sync',
  'Sync status',
  '',
] as const;

/** A row's view of one token; `syncing` covers the time between the click and Graph's answer. */
export interface TokenRowView {
  token: VppToken;
  syncing: boolean;
  note?: string | undefined;
}

/** The token property each column shows, in order; the first is the row header. The page requests just these (and `id`). */
export const tokenFields = [
  'organizationName',
  'vppTokenAccountType',
  'appleId',
  'countryOrRegion',
  'state',
  'expirationDateTime',
  'lastSyncDateTime',
  'lastSyncStatus',
] as const;

/** Builds an empty row for a token id; `updateTokenRow` fills it. */
export function createTokenRow(document: Document, id: string): HTMLTableRowElement {
  const row = document.createElement('tr');
  row.dataset.tokenId = id;
  const name = document.createElement('th');
  name.scope = 'row';
  const [header, ...cells] = tokenFields;
  name.dataset.field = header;
  row.append(name);
  for (const field of cells) {
    const cell = document.createElement('td');
    cell.dataset.field = field;
    row.append(cell);
  }
  const actions = document.createElement('td');
  const sync = document.createElement('button');
  sync.type = 'button';
  sync.dataset.action = 'sync';
  sync.textContent = 'Sync';
  actions.append(sync);
  row.append(actions);
  return row;
}

export function updateTokenRow(row: HTMLTableRowElement, view: TokenRowView): void {
  const { token } = view;
  const name = token.organizationName ?? token.id ?? '(unnamed)';
  setText(row, 'organizationName', name);
  setText(row, 'vppTokenAccountType', enumValue(token, 'vppTokenAccountType') ?? '—');
  setText(row, 'appleId', token.appleId ?? '—');
  setText(row, 'countryOrRegion', token.countryOrRegion?.toUpperCase() ?? '—');
  const state = enumValue(token, 'state') ?? 'unknown';
  setText(row, 'state', state);
  cell(row, 'state').dataset.state = state;
  setText(row, 'expirationDateTime', formatDate(token.expirationDateTime));
  setText(row, 'lastSyncDateTime', formatDateTime(token.lastSyncDateTime, 'Never'));

  const status = view.syncing ? 'inProgress' : syncStatusOf(token);
  const statusCell = cell(row, 'lastSyncStatus');
  statusCell.dataset.status = status;
  const label = row.ownerDocument.createElement('span');
  label.className = 'sync-label';
  label.textContent = syncStatusLabel(status);
  const parts: Node[] = [label];
  if (status === 'inProgress') {
    // Indeterminate: Graph reports no percentage, only inProgress until it is done.
    const progress = row.ownerDocument.createElement('progress');
    progress.setAttribute('aria-label', `Syncing ${name}`);
    parts.push(progress);
  }
  const note =
    view.note ??
    (status === 'failed' && needsRenewal(token)
      ? `The token is ${state}: renew it in ${applePortal(token)}, then upload it to Intune.`
      : undefined);
  if (note) {
    const small = row.ownerDocument.createElement('small');
    small.className = 'sync-note';
    small.textContent = note;
    parts.push(small);
  }
  statusCell.replaceChildren(...parts);

  const button = requireElement(row, 'button[data-action="sync"]', HTMLButtonElement);
  button.disabled = status === 'inProgress';
  button.setAttribute('aria-label', `Sync ${name}`);
}

function applePortal(token: VppToken): string {
  return enumValue(token, 'vppTokenAccountType') === 'education'
    ? 'Apple School Manager'
    : 'Apple Business Manager';
}

function cell(row: HTMLTableRowElement, field: string): HTMLElement {
  return requireElement(row, `[data-field="${field}"]`, HTMLElement);
}

function setText(row: HTMLTableRowElement, field: string, text: string): void {
  cell(row, field).textContent = text;
}
