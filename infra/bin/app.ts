#!/usr/bin/env node
import { App } from 'aws-cdk-lib';
import { addGongjianStack } from '../lib/gongjian-app';

addGongjianStack(new App());
