/**
 * The goals part of the plan and how many are chosen: what every page reads (the "goals not
 * settled" note, the agenda's goal options), kept apart from the goals page's actions and their
 * guidance texts so other pages do not load those.
 */
import { computed } from 'nanostores';
import { goalCount } from '../domain/goal-count';
import { $plan } from './plan';

/** The goals part of the plan. */
export const $goals = computed($plan, (plan) => plan.goals);

/** How many goals are chosen (toolkit and own). */
export const $goalCount = computed($goals, goalCount);
