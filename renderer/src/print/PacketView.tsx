import type { PacketDocument } from '../../../shared/domain/printing';
import { PacketCover } from './PacketCover';
import { Comments, EvaluationScores } from './PacketEvaluations';
import { GoalProgress, MeetingsSection, PairingDetails } from './PacketProgress';
import { ActionItems, PacketSignatures, SignOffsAndTraining } from './PacketRecords';

/** One pairing's quarterly evaluation packet: a cover, then the quarter section by section. */
export function PacketView({ doc }: { doc: PacketDocument }) {
  return (
    <article className="packet">
      <PacketCover doc={doc} />
      <PairingDetails doc={doc} />
      <GoalProgress doc={doc} />
      <MeetingsSection doc={doc} />
      <EvaluationScores doc={doc} />
      <Comments doc={doc} />
      <SignOffsAndTraining doc={doc} />
      <ActionItems doc={doc} />
      <PacketSignatures doc={doc} />
    </article>
  );
}
