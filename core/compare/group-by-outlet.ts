import { outletIdentity, outletKey } from '../identity/outlet-name';

export interface OutletGroup<T> {
  key: string;
  /** As the group's first account spells it. */
  name: string;
  accounts: T[];
}

/** Accounts grouped by outlet, groups in the order of their first account (so best match first). */
export function groupByOutlet<T extends { siteName: string | null; url: string }>(accounts: readonly T[]): OutletGroup<T>[] {
  const groups = new Map<string, OutletGroup<T>>();
  for (const account of accounts) {
    const { key, name } = outletIdentity(account.siteName, account.url);
    const group = groups.get(key);
    if (group) group.accounts.push(account);
    else groups.set(key, { key, name, accounts: [account] });
  }
  return [...groups.values()];
}

/**
 * A stable place per outlet: the article being read is 0, the others follow in the order
 * of the groups. The comparison orders its columns the same way, so an outlet keeps its
 * colour between the list of accounts and the grid.
 */
export function outletSlots(current: string, groupKeys: readonly string[]): Map<string, number> {
  const slots = new Map<string, number>([[outletKey(current), 0]]);
  for (const key of groupKeys) if (!slots.has(key)) slots.set(key, slots.size);
  return slots;
}
