import {
  describeGraphError,
  listAllVppApps,
  listAllVppTokens,
  vppTokenOwnsApp,
  type IosVppApp,
  type VppToken,
  type VppTokensApiClient,
} from 'graph-vpp-client';

export interface LicensePanel {
  /** Settles when the apps and their licence use are shown (or the failure). */
  refresh(): Promise<void>;
  dispose(): void;
}

/**
 * Each token's iosVppApps with their licence use (used of total, a meter, what is left), paired
 * by Apple ID and organisation as Graph v1.0 allows. Counts are Intune's as of the token's last
 * completed sync, so the panel says when that was.
 */
export function mountLicensePanel(
  root: HTMLElement,
  options: { client: VppTokensApiClient },
): LicensePanel {
  const document = root.ownerDocument;
  const section = document.createElement('section');
  section.className = 'vpp-licenses';
  section.setAttribute('aria-label', 'Licence use per token');
  const heading = document.createElement('h2');
  heading.textContent = 'Licence use';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Refresh licences';
  const content = document.createElement('div');
  section.append(heading, button, content);
  root.append(section);

  async function refresh(): Promise<void> {
    content.setAttribute('aria-busy', 'true');
    try {
      const vppTokens: VppToken[] = [];
      for await (const vppToken of listAllVppTokens(options.client)) vppTokens.push(vppToken);
      const apps: IosVppApp[] = [];
      for await (const app of listAllVppApps(options.client)) apps.push(app);
      content.replaceChildren(
        ...vppTokens.map((vppToken) =>
          tokenBlock(
            document,
            vppToken,
            apps.filter((app) => vppTokenOwnsApp(vppToken, app)),
          ),
        ),
      );
    } catch (error) {
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.textContent = `Could not list apps: ${describeGraphError(error)}`;
      content.replaceChildren(alert);
    } finally {
      content.removeAttribute('aria-busy');
    }
  }

  button.addEventListener('click', () => void refresh());
  return {
    refresh,
    dispose() {
      section.remove();
    },
  };
}

function tokenBlock(document: Document, vppToken: VppToken, apps: IosVppApp[]): HTMLElement {
  const block = document.createElement('article');
  block.dataset.tokenId = vppToken.id ?? '';
  const title = document.createElement('h3');
  title.textContent = vppToken.organizationName ?? vppToken.appleId ?? vppToken.id ?? 'VPP token';
  const synced = document.createElement('p');
  synced.textContent = `Counts as of the last completed sync: ${vppToken.lastSyncDateTime?.toISOString() ?? 'never'}`;
  block.append(title, synced);
  if (apps.length === 0) {
    const none = document.createElement('p');
    none.textContent = 'No apps.';
    block.append(none);
    return block;
  }
  const list = document.createElement('ul');
  for (const app of apps) list.append(appItem(document, app));
  block.append(list);
  return block;
}

function appItem(document: Document, app: IosVppApp): HTMLLIElement {
  const total = app.totalLicenseCount ?? 0;
  const used = app.usedLicenseCount ?? 0;
  const available = Math.max(0, total - used);
  const item = document.createElement('li');
  item.dataset.appId = app.id ?? '';
  const name = document.createElement('span');
  name.dataset.field = 'displayName';
  name.textContent = app.displayName ?? app.bundleId ?? app.id ?? 'app';
  const meter = document.createElement('meter');
  // Attributes, not properties: they survive serialisation and every DOM implements them.
  meter.setAttribute('min', '0');
  meter.setAttribute('max', String(Math.max(total, 1)));
  meter.setAttribute('value', String(used));
  meter.setAttribute('high', String(Math.max(total, 1) * 0.9));
  meter.setAttribute('aria-label', `${name.textContent} licences used`);
  const counts = document.createElement('span');
  counts.dataset.field = 'counts';
  counts.textContent = `${used} of ${total} used, ${available} available`;
  item.append(name, ' ', meter, ' ', counts);
  return item;
}
