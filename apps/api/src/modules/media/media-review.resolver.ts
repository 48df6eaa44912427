import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { ApprovalDecision } from '../approvals/approval.entity';
import { MediaReviewPayload } from './media.inputs';
import { Media } from './media.entity';
import * as media from './media.service';

@InputType()
export class MediaRejectManyInput {
  @Field(() => [ID], { description: 'One or more photos (at most 100).' })
  mediaIds: string[];

  @Field({ description: 'Why; recorded on each Approval.' })
  reason: string;
}

/** Review in bulk: rejecting many photos at once, each recorded as its own Approval (approving many is `mediaApprove`). */
@Resolver(() => Media)
export class MediaReviewResolver {
  @Mutation(() => MediaReviewPayload, { description: 'Rejects one or more photos waiting for review, with one reason (all or nothing).' })
  mediaRejectMany(@Ctx() ctx: Context, @Arg('input') input: MediaRejectManyInput): Promise<MediaReviewPayload> {
    return media.decide(ctx, input.mediaIds, ApprovalDecision.REJECTED, input.reason);
  }
}
