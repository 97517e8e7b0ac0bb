/**
 * Which retext plugins run, with which options: those the settings name
 * (`attache.retext.plugins`, `--retext NAME`), bundled or loaded from the workspace by the
 * server or the command line, and those the house style switches on. Pure: loading a
 * workspace's plugins from disk is the caller's; it passes them in by name.
 */
import type { PluginCheck, RulePluginOptions } from '../checks/check.js';
import type { HouseStyle } from '../checks/ruleSettings.js';
import { bundledRetextPlugin, quotes, type BundledRetextPlugin, type RetextAttacher } from './bundledPlugins.js';

/** A plugin the settings ask for: its package name, and the options to call it with. */
export interface RetextPluginRequest {
  name: string;
  options?: unknown;
}

/** A plugin ready to run. */
export interface RetextPluginUse {
  /** The package name: the rule id of its findings, and the key of `attache.severity`. */
  name: string;
  attacher: RetextAttacher;
  options?: unknown;
  /** Set for a plugin Attaché ships: its house-style messages and default severity. */
  bundled?: BundledRetextPlugin;
  /** Set for an Attaché rule written as a plugin: the check, and the knowledge base and house style it is attached with. */
  rule?: { check: PluginCheck; options: RulePluginOptions };
}

/** An Attaché rule written as a plugin, ready to run with the other plugins; its name is its rule id. */
export function rulePluginUse(check: PluginCheck, options: RulePluginOptions): RetextPluginUse {
  return { name: check.id, attacher: check.plugin, rule: { check, options } };
}

/** What the plugins are asked for by: the settings' requests and the plugins a workspace loaded for them. */
export interface RetextSettings {
  plugins: readonly RetextPluginRequest[];
  /** Plugins that are not bundled, loaded from the workspace's `node_modules` (trusted workspaces only), by name. */
  loaded?: ReadonlyMap<string, RetextAttacher>;
}

/** A package name as npm has them: `retext-foo`, `@scope/retext-foo`. */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/i;

/**
 * Reads the setting's value: an array of package names or `{ "name": ..., "options": ... }`
 * objects. What is not one of these is left out, with a problem saying what it is.
 */
export function readRetextPluginRequests(
  value: unknown,
  setting = 'attache.retext.plugins',
): { requests: RetextPluginRequest[]; problems: string[] } {
  const requests: RetextPluginRequest[] = [];
  const problems: string[] = [];
  if (value === undefined || value === null) return { requests, problems };
  if (!Array.isArray(value))
    return { requests, problems: [`${setting} must be a list of plugin names or { "name", "options" } objects`] };
  for (const entry of value) {
    const name =
      typeof entry === 'string'
        ? entry
        : entry && typeof entry === 'object'
          ? (entry as { name?: unknown }).name
          : undefined;
    if (typeof name !== 'string' || !PACKAGE_NAME.test(name)) {
      problems.push(
        `${setting}: ${JSON.stringify(typeof name === 'string' ? name : entry)} is not a plugin name or a { "name", "options" } object`,
      );
      continue;
    }
    if (requests.some((request) => request.name === name)) continue;
    const options = typeof entry === 'object' ? (entry as { options?: unknown }).options : undefined;
    requests.push(options === undefined ? { name } : { name, options });
  }
  return { requests, problems };
}

/**
 * The plugins to run, in the order asked for: each bundled plugin or loaded one asked for (a
 * name that is neither is left out: the layer that loads plugins has reported it), then
 * `retext-quotes` when the house style sets the quotation marks and the settings do not name
 * it. With house quotation marks, `retext-quotes` prefers them and `retext-contractions`
 * suggests the same apostrophe, unless the settings' options say otherwise.
 */
export function retextPluginsToRun(settings: RetextSettings | undefined, houseStyle: HouseStyle): RetextPluginUse[] {
  const requests = [...(settings?.plugins ?? [])];
  const marks = quotes.of(houseStyle);
  if (marks !== 'any' && !requests.some((request) => request.name === 'retext-quotes'))
    requests.push({ name: 'retext-quotes' });
  const uses: RetextPluginUse[] = [];
  for (const request of requests) {
    const bundled = bundledRetextPlugin(request.name);
    const attacher = bundled?.attacher ?? settings?.loaded?.get(request.name);
    if (!attacher) continue;
    let options = request.options;
    if (marks !== 'any' && isOptionsObject(options ?? {})) {
      if (request.name === 'retext-quotes') options = { preferred: marks, ...(options as object) };
      if (request.name === 'retext-contractions') options = { straight: marks === 'straight', ...(options as object) };
    }
    uses.push({
      name: request.name,
      attacher,
      ...(options === undefined ? {} : { options }),
      ...(bundled ? { bundled } : {}),
    });
  }
  return uses;
}

function isOptionsObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
