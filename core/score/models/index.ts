// Every evaluation model this version knows, by id. A new edition is one more data file and
// one more line here; sheets name their model, so older sheets keep scoring by their edition.

import type { EvaluationModel } from "../model.js";
import { LKE_ZI_2026 } from "./lke-zi-2026.js";

export { LKE_ZI_2026 };

export const EVALUATION_MODELS: Readonly<Record<string, EvaluationModel>> = {
  [LKE_ZI_2026.id]: LKE_ZI_2026,
};

/** The edition new LKE sheets are built with. */
export const CURRENT_MODEL: EvaluationModel = LKE_ZI_2026;

export function findModel(id: string | null | undefined): EvaluationModel | undefined {
  return id ? EVALUATION_MODELS[id] : undefined;
}
