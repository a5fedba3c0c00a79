/**
 * The checklist a new plan starts with, as a data file next to the pages: only a new plan needs
 * it, so the browser reads it then (stores/boot.ts) instead of carrying it in every page's script.
 */
import { startingChecklist } from '../domain/checklist';
import { loadToolkit } from '../lib/toolkit';

export async function GET(): Promise<Response> {
  const { checklist } = await loadToolkit();
  return new Response(JSON.stringify(startingChecklist(checklist)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
