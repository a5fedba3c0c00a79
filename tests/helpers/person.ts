/** The invitee fields added in schema version 3, empty: spread into people written out in tests. */
import type { Invitee } from '../../src/domain/plan';

export const V3_PERSON: Pick<Invitee, 'invitedOn' | 'answeredOn' | 'remindedOn' | 'language' | 'needs' | 'attended'> = {
  invitedOn: '',
  answeredOn: '',
  remindedOn: '',
  language: '',
  needs: { access: '', dietary: '', interpretation: '', childcare: 0, transport: false, stipend: false },
  attended: false,
};
